package io.zonewright.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real tools that consume the generated files, run as a user would run them. Firewall checkers need
 * CAP_NET_ADMIN: as root they run in a network namespace of their own ({@code unshare -n}), so nothing
 * touches the host's rules; otherwise in a user namespace too ({@code unshare -rn}).
 */
public final class Tools {

    /** What a command printed and how it ended. */
    public record Result(int exitCode, String output) {
    }

    private Tools() {
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs a command in a network namespace of its own. */
    public static Result isolated(String... command) {
        List<String> full = new ArrayList<>(isRoot() ? List.of("unshare", "-n") : List.of("unshare", "-rn"));
        full.addAll(List.of(command));
        return run(full);
    }

    public static Result run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + command);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + " (is it installed? .ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** nft's own check of a ruleset file: it parses it and has the kernel check it, without loading it. */
    public static void assertNftAccepts(Path file) {
        Result r = isolated("nft", "-c", "-f", file.toString());
        assertEquals(0, r.exitCode(), () -> file + " refused by nft -c:\n" + r.output());
    }

    /** iptables-restore's (or ip6tables-restore's) test of a file. */
    public static void assertIptablesRestoreAccepts(Path file) {
        String tool = file.toString().endsWith(".rules6") ? "ip6tables-restore" : "iptables-restore";
        Result r = isolated(tool, "--test", file.toString());
        assertEquals(0, r.exitCode(), () -> file + " refused by " + tool + " --test:\n" + r.output());
    }
}
