package io.zonewright.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonewright.SarifSchema;
import io.zonewright.Designs;
import io.zonewright.cli.Cli;
import io.zonewright.cli.ZonewrightCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Option values refused in one style, unknown commands named, the editor explained without a display. */
class CommandLineHardeningTest {

    @TempDir
    Path dir;

    private static final String ARTICLE = Designs.ARTICLE.toString();

    @Test
    void theBlastRadiusShareIsAShareOfAllServices() {
        for (String bad : List.of("2", "-1", "0", "NaN", "Infinity", "1.0001", "half", "")) {
            Cli run = Cli.run("check", "--blast-radius-share", bad, ARTICLE);
            assertEquals(2, run.exitCode(), bad);
            assertEquals("zonewright check: Invalid value for option '--blast-radius-share': '" + bad
                    + "' is not a share of all services (above 0 and at most 1, e.g. 0.5)\nSee 'zonewright check --help'.\n",
                    run.err());
        }
        for (String good : List.of("1", "0.25", "1e-3")) {
            assertEquals(0, Cli.run("check", "--fail-on", "never", "--blast-radius-share", good, ARTICLE).exitCode(), good);
        }
    }

    @Test
    void optionValuesAreRefusedInOneStyleWithWhatIsAccepted() {
        Map<List<String>, String> cases = Map.of(
                List.of("check", "--today", "tomorrow", ARTICLE), "'tomorrow' is not a date (write YYYY-MM-DD)",
                List.of("check", "--fail-on", "highest", ARTICLE), "'highest' is not a severity (critical, high, medium, low or never)",
                List.of("check", "--format", "xml", ARTICLE), "'xml' is not a format (text, json, sarif, markdown)",
                List.of("export", ARTICLE, "--target", "pf", "--out", "x"), "unknown target 'pf'");
        cases.forEach((args, message) -> {
            Cli run = Cli.run(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), args.toString());
            assertTrue(run.err().startsWith("zonewright " + args.get(0) + ": "), run.err());
            assertTrue(run.err().contains(message), run.err());
            assertTrue(run.err().endsWith("See 'zonewright " + args.get(0) + " --help'.\n"), run.err());
            assertFalse(run.err().contains("java.") || run.err().contains("Exception"), "no Java type names: " + run.err());
        });
        assertEquals(0, Cli.run("check", "--fail-on", "HIGH", ARTICLE).exitCode(), "a severity in capitals is still one");
    }

    @Test
    void anUnknownCommandIsCalledOne() {
        Cli run = Cli.run("frobnicate");
        assertEquals(2, run.exitCode());
        assertEquals("zonewright: unknown command 'frobnicate' (commands: validate, format, check, reach, export, connlist, import, audit, diff, report)\n"
                + "See 'zonewright --help'.\n", run.err());
        assertFalse(ZonewrightCommand.opensEditor(new String[] {"frobnicate"}), "a word is not a design to open");
        assertTrue(ZonewrightCommand.opensEditor(new String[] {"new-design.yaml"}));
        assertTrue(ZonewrightCommand.opensEditor(new String[] {ARTICLE}));
        assertTrue(ZonewrightCommand.opensEditor(new String[0]));
    }

    @Test
    void theEditorWithoutADisplaySaysWhatToUseInstead() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.zonewright.Launcher", ARTICLE));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        try {
            Process p = builder.start();
            String output = new String(p.getInputStream().readAllBytes());
            assertEquals(2, p.waitFor(), output);
            assertTrue(output.contains("zonewright: the editor needs a display. Without one, the commands validate, format,"
                    + " check, reach, export, connlist, import, audit, diff and report do the work (zonewright --help)."), output);
            assertFalse(output.contains("Exception"), output);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void oneUnreadableFileAmongSeveralIsReportedBesideTheOthers() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "zonewright: 1\nzones: [\n");
        Path sarif = dir.resolve("r.sarif");
        Cli run = Cli.run("check", "--format", "sarif", "--output", sarif.toString(), ARTICLE, broken.toString(),
                Designs.FLAWED.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(broken + ":3:1: "), run.err());
        JsonNode report = new ObjectMapper().readTree(sarif.toFile());
        Set<String> files = new java.util.HashSet<>();
        report.at("/runs/0/results").forEach(r -> files.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));
        assertTrue(files.contains(Designs.FLAWED.toString()), "the readable files are reported: " + files);
        JsonNode invocation = report.at("/runs/0/invocations/0");
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        assertEquals(broken.toString().replace(" ", "%20"),
                invocation.at("/toolExecutionNotifications/0/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(Set.of(), SarifSchema.problems(report));
        Cli json = Cli.run("check", "--format", "json", ARTICLE, broken.toString());
        assertEquals(2, json.exitCode());
        assertEquals(1, new ObjectMapper().readTree(json.out()).get("errors").size());
    }
}
