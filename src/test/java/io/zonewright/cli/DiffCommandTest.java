package io.zonewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonewright.Designs;
import io.zonewright.io.TopologyReader;
import io.zonewright.io.TopologyWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code zonewright diff}: what a change to a design opens, between files and against git history. */
class DiffCommandTest {

    @TempDir
    Path dir;

    /** The article with the cache's port widened and its auth dropped, a new shortcut to the database, and a service renamed. */
    private Path changed() throws IOException {
        String article = Files.readString(Designs.ARTICLE);
        String changed = article.replace("""
                  - from: api
                    to: redis
                    port: 6379/tcp
                    purpose: Session cache
                    auth: credentials
                """, """
                  - from: api
                    to: redis
                    port: 6379-6380/tcp
                    purpose: Session cache
                    auth: none
                  - from: lb
                    to: postgres
                    port: 5432/tcp
                    purpose: Reporting shortcut
                """).replace("    name: Loki\n", "    name: Loki logs\n");
        assertTrue(!changed.equals(article), "the test changes what it means to");
        return Files.writeString(dir.resolve("changed.yaml"), changed);
    }

    @Test
    void aChangeIsToldByWhatItOpens() throws IOException {
        Cli same = Cli.run("diff", Designs.ARTICLE.toString(), Designs.ARTICLE.toString());
        assertEquals(0, same.exitCode(), same.err());
        Cli cli = Cli.run("diff", Designs.ARTICLE.toString(), changed().toString());
        assertEquals(1, cli.exitCode(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.get(0).endsWith(": opens 1 flow, widens 1, closes 0; 5 findings introduced, 1 resolved"), lines.get(0));
        assertTrue(lines.contains("  renamed   service    loki: Loki -> Loki logs"), cli.out());
        assertTrue(lines.contains("  widened   connection api->redis:6379-6380/tcp: api -> redis 6379/tcp (auth credentials) "
                + "-> api -> redis 6379-6380/tcp (auth none)"), cli.out());
        assertTrue(lines.contains("  added     connection lb->postgres:5432/tcp: lb -> postgres 5432/tcp (auth none)"), cli.out());
        assertTrue(lines.contains("  widened   flow       api -> redis: TCP 6380"), cli.out());
        assertTrue(lines.contains("  opened    flow       lb -> postgres: TCP 5432"), cli.out());
        assertTrue(cli.out().contains("  new       finding    ZW102 critical: 'Load balancer' (lb) -> 'PostgreSQL' (postgres)"), cli.out());

        JsonNode json = new ObjectMapper().readTree(Cli.run("diff", "--format", "json", Designs.ARTICLE.toString(), changed().toString()).out());
        assertEquals("widened", json.at("/changes/1/change").asText());
        assertEquals("opened", json.at("/flows/1/change").asText());
        assertEquals("ZW102", json.at("/introduced/0/rule").asText());
        String md = Cli.run("diff", "--format", "markdown", Designs.ARTICLE.toString(), changed().toString()).out();
        assertTrue(md.contains("| added | Load balancer | PostgreSQL | 5432 | TCP | Reporting shortcut | lb-&gt;postgres:5432/tcp |"), md);
        assertTrue(md.contains("- **ZW102** (critical) "), md);
        assertTrue(md.contains("*Fix:* Let an application-zone service make the call"), md);
        JsonNode sarif = new ObjectMapper().readTree(Cli.run("diff", "--format", "sarif", Designs.ARTICLE.toString(), changed().toString()).out());
        assertEquals(java.util.Set.of(), io.zonewright.SarifSchema.problems(sarif));
        List<String> results = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(r -> results.add(r.get("ruleId").asText()));
        assertTrue(results.containsAll(List.of("diff/opened", "diff/widened", "ZW102")), results::toString);
        assertTrue(sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt() > 0);
    }

    @Test
    void badInputAndUsageExitTwo() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "zonewright: 1\nzones: [\n");
        assertEquals(2, Cli.run("diff", Designs.ARTICLE.toString(), broken.toString()).exitCode());
        assertEquals(2, Cli.run("diff", Designs.ARTICLE.toString()).exitCode(), "one file needs --git");
        assertEquals(2, Cli.run("diff", "--format", "svg", Designs.ARTICLE.toString(), Designs.ARTICLE.toString()).exitCode());
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=t", "-c", "user.email=t@example.org"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", args) + ": " + out);
    }

    @Test
    void aFileIsComparedWithItsPastInGit() throws Exception {
        Path design = dir.resolve("design.yaml");
        Files.copy(Designs.ARTICLE, design);
        git("init", "-q", "-b", "main");
        git("add", "design.yaml");
        git("commit", "-q", "-m", "design");
        Files.writeString(design, Files.readString(changed()));
        git("commit", "-q", "-am", "shortcut");
        Cli cli = Cli.run("diff", design.toString(), "--git", "HEAD~1");
        assertEquals(1, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("HEAD~1:" + design + " -> " + design + ": opens 1 flow"), cli.out());
        Cli missing = Cli.run("diff", design.toString(), "--git", "no-such-revision");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("cannot read it at no-such-revision"), missing.err());
    }

    /** Canonical files merge: two branches that each add a service and a connection merge without conflict. */
    @Test
    void twoBranchesAddingServicesMergeIntoAValidCanonicalDesign() throws Exception {
        Path design = dir.resolve("design.yaml");
        Files.writeString(design, TopologyWriter.toYaml(Designs.load(Designs.ARTICLE)));
        git("init", "-q", "-b", "main");
        git("add", "design.yaml");
        git("commit", "-q", "-m", "design");
        git("checkout", "-q", "-b", "audit");
        addServiceAndConnection(design, "audit-log", "Audit log", 7000);
        git("commit", "-q", "-am", "audit log");
        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", "search");
        addServiceAndConnection(design, "search", "Search", 9200);
        git("commit", "-q", "-am", "search");
        git("merge", "-q", "--no-edit", "audit");
        var merged = TopologyReader.read(design);
        assertTrue(merged.isValid(), () -> merged.errors().toString());
        assertTrue(merged.topology().service("audit-log") != null && merged.topology().service("search") != null);
        assertEquals(0, Cli.run("format", "--check", design.toString()).exitCode(), "the merge is canonical");
    }

    private static void addServiceAndConnection(Path design, String id, String name, int port) throws IOException {
        String text = Files.readString(design);
        text = text.replace("connections:\n", "  - id: " + id + "\n    name: " + name + "\n    zone: data\n    kind: database\n"
                + "    listens:\n      - " + port + "/tcp\nconnections:\n");
        text = text.replace("policy:\n", "  - from: api\n    to: " + id + "\n    port: " + port + "/tcp\n    purpose: " + name
                + "\n    auth: mtls\npolicy:\n");
        Files.writeString(design, TopologyWriter.toYaml(TopologyReader.parse(text, "design.yaml").topology()));
    }
}
