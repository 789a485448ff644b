package io.zonewright.hostfw;

import java.nio.file.Path;

/**
 * A host's ruleset as a user names it, {@code HOST=FILE}: which host (a service id, an address, or
 * {@code NAME@ADDRESS}, as the command says), which file, in which form.
 */
public record HostFile(String host, Path file, RulesetFormat format) {

    /** Reads {@code HOST=FILE}; a text that is not one is refused with what was expected. */
    public static HostFile parse(String text, RulesetFormat format) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not HOST=FILE (the host, then its ruleset)");
        }
        return new HostFile(text.substring(0, eq), Path.of(text.substring(eq + 1)), format);
    }

    public Ruleset read() {
        return format.read(file);
    }
}
