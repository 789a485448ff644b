package io.zonewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnlistCommandTest {

    @TempDir
    Path dir;

    private static String minimal() throws URISyntaxException {
        return Path.of(ConnlistCommandTest.class.getResource("/netpol-analyzer/netpol-analysis-example-minimal/input").toURI()).toString();
    }

    @Test
    void everyFormatSaysTheSame() throws Exception {
        Cli txt = Cli.run("connlist", minimal());
        assertEquals(0, txt.exitCode(), txt.err());
        assertEquals("""
                0.0.0.0-255.255.255.255[External] => default/frontend[Deployment] : TCP 8080
                default/frontend[Deployment] => 0.0.0.0-255.255.255.255[External] : UDP 53
                default/frontend[Deployment] => default/backend[Deployment] : TCP 9090
                """, txt.out());
        JsonNode json = new ObjectMapper().readTree(Cli.run("connlist", "--format", "json", minimal()).out());
        assertEquals(3, json.size());
        assertEquals("UDP 53", json.get(1).get("conn").asText());
        assertEquals("src,dst,conn", Cli.run("connlist", "--format", "csv", minimal()).out().lines().findFirst().orElseThrow());
        assertTrue(Cli.run("connlist", "--format", "MD", minimal()).out().contains("| default/frontend\\[Deployment\\] | default/backend"));
        String dot = Cli.run("connlist", "--format", "dot", minimal()).out();
        assertTrue(dot.contains("\"default/frontend[Deployment]\" -> \"default/backend[Deployment]\" [label=\"TCP 9090\""), dot);
    }

    @Test
    void writesAFileAndReportsBrokenInputWithExitTwo() throws IOException, URISyntaxException {
        Path out = dir.resolve("list.txt");
        assertEquals(0, Cli.run("connlist", "-o", out.toString(), minimal()).exitCode());
        assertEquals(3, Files.readAllLines(out).size());
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "kind: Pod\nmetadata: {name: a}\n---\nkind: [\n");
        Path skipped = Files.writeString(dir.resolve("config.yaml"), "kind: ConfigMap\nmetadata: {name: c}\n---\nkind: Secret\n"
                + "metadata: {name: s}\n---\nkind: ConfigMap\nmetadata: {name: d}\n");
        Cli counted = Cli.run("connlist", skipped.toString());
        assertEquals(0, counted.exitCode(), counted.err());
        assertEquals("note: skipped, as no connectivity depends on them: 2 ConfigMap, 1 Secret\n", counted.err());
        Cli cli = Cli.run("connlist", broken.toString());
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().startsWith(broken + ":5:1: YAML syntax"), cli.err());
        assertTrue(cli.out().contains("default/a[Pod] => 0.0.0.0-255.255.255.255[External] : All Connections"), cli.out());
        assertEquals(2, Cli.run("connlist", "--format", "svg", minimal()).exitCode());
        assertEquals(2, Cli.run("connlist", dir.resolve("missing").toString()).exitCode());
    }
}
