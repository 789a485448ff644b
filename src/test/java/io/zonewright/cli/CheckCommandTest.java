package io.zonewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonewright.SarifSchema;
import io.zonewright.analysis.RuleDescription;
import io.zonewright.analysis.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {

    private static final String FLAWED = "samples/flawed-design.yaml";
    private static final String ARTICLE = "samples/three-zone-webapp.yaml";

    @TempDir
    Path dir;

    @Test
    void exitCodeFollowsTheThreshold() {
        assertEquals(1, Cli.run("check", FLAWED).exitCode());
        assertEquals(0, Cli.run("check", "--fail-on", "never", FLAWED).exitCode());
        assertEquals(0, Cli.run("check", "--fail-on", "high", ARTICLE).exitCode());
        assertEquals(1, Cli.run("check", "--fail-on", "medium", ARTICLE).exitCode());
        assertEquals(2, Cli.run("check", "missing.yaml").exitCode());
    }

    @Test
    void textLinesPointAtTheFile() {
        Cli cli = Cli.run("check", FLAWED);
        assertTrue(cli.out().lines().anyMatch(l -> l.matches("samples/flawed-design\\.yaml:\\d+: critical ZW102 .*")), cli.out());
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        Cli cli = Cli.run("check", "--format", "json", FLAWED);
        JsonNode root = new ObjectMapper().readTree(cli.out());
        JsonNode first = root.get("findings").get(0);
        for (String field : new String[] {"rule", "severity", "message", "elements", "path", "file", "line"}) {
            assertTrue(first.has(field), field);
        }
        assertEquals(root.get("findings").size(), root.at("/summary/total").asInt());
        assertEquals("critical", first.get("severity").asText(), "worst first");
    }

    @Test
    void sarifConformsToTheSchemaAndDescribesEveryRule() throws IOException {
        Path out = dir.resolve("report.sarif");
        Cli cli = Cli.run("check", "--format", "sarif", "--output", out.toString(), FLAWED, ARTICLE);
        assertEquals(1, cli.exitCode());
        JsonNode sarif = new ObjectMapper().readTree(out.toFile());
        assertEquals(Set.of(), SarifSchema.problems(sarif));
        Set<String> described = new HashSet<>();
        sarif.at("/runs/0/tool/driver/rules").forEach(r -> described.add(r.get("id").asText()));
        for (RuleDescription r : Rules.described()) {
            assertTrue(described.contains(r.id()), r.id());
        }
        JsonNode result = sarif.at("/runs/0/results/0");
        assertEquals(FLAWED, result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertTrue(result.at("/locations/0/physicalLocation/region/startLine").asInt() > 0);
        boolean suppressed = false;
        for (JsonNode r : sarif.at("/runs/0/results")) {
            suppressed |= r.has("suppressions");
        }
        assertTrue(suppressed, "waived findings are suppressed results");
    }

    @Test
    void markdownIsAReviewReport() throws IOException {
        Path out = dir.resolve("report.md");
        assertEquals(0, Cli.run("check", "--format", "markdown", "--fail-on", "never", "--output", out.toString(), ARTICLE).exitCode());
        String md = Files.readString(out);
        assertTrue(md.startsWith("# Zonewright findings"), md);
        assertTrue(md.contains("### Waived"), md);
        assertTrue(md.contains("platform-team"), md);
        assertTrue(md.contains("## Rules"), md);
    }

    @Test
    void reachPrintsPathsBothWays() {
        Cli path = Cli.run("reach", "--from", "lb", "--to", "postgres", ARTICLE);
        assertEquals(1, path.exitCode(), path.err());
        assertEquals("lb -> api -> postgres", path.out().strip());
        Cli none = Cli.run("reach", "--from", "postgres", "--to", "lb", ARTICLE);
        assertEquals(0, none.exitCode());
        assertTrue(none.out().contains("cannot reach"));
        Cli who = Cli.run("reach", "--to", "postgres", ARTICLE);
        assertTrue(who.out().contains("lb -> api -> postgres"), who.out());
        assertTrue(who.out().contains("prometheus -> postgres"), who.out());
        assertEquals(2, Cli.run("reach", "--from", "ghost", ARTICLE).exitCode());
    }
}
