package io.zonewright.cli;

import io.zonewright.hostfw.IptablesSaveReader;
import io.zonewright.hostfw.NftJsonReader;
import io.zonewright.hostfw.Ruleset;
import picocli.CommandLine;

import java.nio.file.Path;

/** {@code HOST=FILE} as the host options give it: which host, which file, and which reader. */
record HostRuleset(String host, Path file, boolean nftables) {

    static HostRuleset parse(CommandLine command, String text, boolean nftables) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new CommandLine.ParameterException(command, "'" + text + "' is not HOST=FILE (a service id or address, then the ruleset)");
        }
        return new HostRuleset(text.substring(0, eq), Path.of(text.substring(eq + 1)), nftables);
    }

    Ruleset read() {
        return nftables ? NftJsonReader.read(file) : IptablesSaveReader.read(file);
    }
}
