package io.zonewright.analysis;

import io.zonewright.Designs;
import io.zonewright.GeneratedTopologies;
import io.zonewright.edit.TopologyEdits;
import io.zonewright.model.Authentication;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.Topology;
import io.zonewright.model.Waiver;
import io.zonewright.model.Zone;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncrementalAnalyzerTest {

    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withToday(LocalDate.of(2026, 6, 1));

    @Test
    void everyEditGivesWhatAFreshAnalysisGives() {
        for (Topology start : List.of(GeneratedTopologies.generate(150, 700, 3), Designs.load(Designs.FLAWED))) {
            Random random = new Random(11);
            IncrementalAnalyzer incremental = new IncrementalAnalyzer();
            Topology t = start;
            for (int step = 0; step < 120; step++) {
                String edit = randomEdit(random, t);
                t = apply(edit, random, t);
                assertSameReport(Analyzer.analyze(t, OPTIONS), incremental.analyze(t, OPTIONS), "after step " + step + ": " + edit);
            }
        }
    }

    /** A rule over all connections that reads purposes: it says so, and an edit of a purpose runs it again. */
    private static final class PurposeCountRule extends AbstractRule implements UpdatableRule {
        PurposeCountRule() {
            super("ZW990", "Purposes counted", Severity.LOW, "test", "test");
        }

        @Override
        public boolean readsConnectionDetails() {
            return true;
        }

        @Override
        public Outcome checkAll(AnalysisContext context) {
            long flagged = context.topology().connections().stream().filter(c -> c.purpose().equals("flag")).count();
            List<Finding> found = flagged == 0 ? List.of() : List.of(new Finding(id(), severity(), flagged + " flagged",
                    "design", List.of(), List.of(), hint(), SourceLocation.UNKNOWN));
            return () -> found;
        }

        @Override
        public Outcome update(Outcome before, AnalysisContext context, ConnectionChange change) {
            return null;
        }
    }

    @Test
    void aRuleThatReadsConnectionDetailsIsRunAgainWhenOnlyThoseChange() {
        List<Rule> rules = new ArrayList<>(Rules.analysisRules());
        rules.add(new PurposeCountRule());
        IncrementalAnalyzer incremental = new IncrementalAnalyzer(rules);
        Topology before = GeneratedTopologies.generate(60, 200, 5);
        incremental.analyze(before, OPTIONS);
        Connection c = before.connections().get(0);
        Topology after = TopologyEdits.replaceConnection(before, c.id(), c.withDetails(c.port(), "flag", c.auth()));
        Report report = incremental.analyze(after, OPTIONS);
        assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("ZW990")), "the new purpose is seen");
    }

    /** A rule that fails on a design with a service named "boom", after the graph rules have started. */
    private static final class FailingRule extends ConnectionRule {
        FailingRule() {
            super("ZW991", "Fails", Severity.LOW, "test", "test");
        }

        @Override
        public void check(ResolvedConnection rc, AnalysisContext context, java.util.function.Consumer<Finding> findings) {
            if (rc.from().services().stream().anyMatch(s -> s.name().equals("boom"))) {
                throw new IllegalStateException("boom");
            }
        }
    }

    @Test
    void aFailedRunIsForgottenAndTheNextStartsClean() {
        List<Rule> rules = new ArrayList<>(Rules.analysisRules());
        rules.add(new FailingRule());
        IncrementalAnalyzer incremental = new IncrementalAnalyzer(rules);
        Topology t = GeneratedTopologies.generate(150, 700, 3);
        incremental.analyze(t, OPTIONS);
        Service s = t.services().get(t.services().size() - 1);
        Topology failing = TopologyEdits.connect(TopologyEdits.replaceService(t, s.id(), s.withName("boom")), s.id(),
                t.services().get(0).id());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> incremental.analyze(failing, OPTIONS));
        Topology next = TopologyEdits.replaceService(failing, s.id(), s.withName("fine"));
        assertSameReport(new IncrementalAnalyzer(rules).analyze(next, OPTIONS), incremental.analyze(next, OPTIONS),
                "after a failed run");
    }

    @Test
    void aConnectionUntouchedByAnEditKeepsItsFindingsAndTheGraphRulesTheirs() {
        Topology before = GeneratedTopologies.generate(150, 700, 3);
        IncrementalAnalyzer incremental = new IncrementalAnalyzer();
        Report first = incremental.analyze(before, OPTIONS);
        Connection edited = before.connections().get(0);
        Topology after = TopologyEdits.replaceConnection(before, edited.id(),
                edited.withDetails(edited.port(), "a new purpose", edited.auth()));
        Report second = incremental.analyze(after, OPTIONS);

        assertSameReport(Analyzer.analyze(after, OPTIONS), second, "after a new purpose");
        Finding untouched = first.findings().stream()
                .filter(f -> f.rule().startsWith("ZW1") && after.connection(f.target()) != null && !f.target().equals(edited.id()))
                .findFirst().orElseThrow();
        assertTrue(second.findings().stream().anyMatch(f -> f == untouched), "judged again: " + untouched);
        Finding attackPath = first.findings().stream().filter(f -> f.rule().equals("ZW201")).findFirst().orElseThrow();
        assertTrue(second.findings().stream().anyMatch(f -> f == attackPath), "graph rules ran again");
    }

    @Test
    void anEditorSessionKeepsOnlyTheLastAnalysisAlive() throws InterruptedException {
        Topology t = GeneratedTopologies.generate(150, 700, 3);
        IncrementalAnalyzer incremental = new IncrementalAnalyzer();
        WeakReference<Report> first = new WeakReference<>(incremental.analyze(t, OPTIONS));
        Random random = new Random(3);
        for (int edit = 0; edit < 5; edit++) {
            t = apply(edit % 2 == 0 ? "connect" : "details", random, t);
            incremental.analyze(t, OPTIONS);
        }
        for (int attempt = 0; attempt < 50 && first.get() != null; attempt++) {
            System.gc();
            Thread.sleep(10);
        }
        assertTrue(first.get() == null, "the report of the first analysis is still reachable five analyses later");
    }

    /** Equal reports, or a failure naming the first finding that differs rather than printing thousands. */
    private static void assertSameReport(Report expected, Report actual, String when) {
        List<Object> want = new ArrayList<>(expected.findings());
        want.addAll(expected.waived());
        List<Object> got = new ArrayList<>(actual.findings());
        got.addAll(actual.waived());
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            assertEquals(want.get(i), got.get(i), when + ", item " + i);
        }
        assertEquals(want.size(), got.size(), when + ": how many findings");
        assertEquals(expected, actual, when);
    }

    private static String randomEdit(Random random, Topology t) {
        String[] edits = {"connect", "connect", "remove", "details", "details", "purpose-and-auth", "crossing", "rename",
                "waive", "zone-source"};
        return edits[random.nextInt(edits.length)];
    }

    private static Topology apply(String edit, Random random, Topology t) {
        List<Service> services = t.services();
        List<Connection> connections = t.connections();
        List<Zone> zones = t.zones();
        Service a = services.get(random.nextInt(services.size()));
        Service b = services.get(random.nextInt(services.size()));
        Connection c = connections.get(random.nextInt(connections.size()));
        return switch (edit) {
            case "connect" -> a == b ? t : TopologyEdits.connect(t, a.id(), b.id());
            case "remove" -> TopologyEdits.remove(t, Set.of(c.id()));
            case "details" -> TopologyEdits.replaceConnection(t, c.id(), c.withDetails(
                    PortSpec.tcp(1 + random.nextInt(9000)), random.nextBoolean() ? "" : "why", randomAuth(random)));
            case "purpose-and-auth" -> TopologyEdits.replaceConnection(t, c.id(), c.withDetails(
                    c.port(), random.nextBoolean() ? "" : "purpose " + step(random), randomAuth(random)));
            case "crossing" -> TopologyEdits.setCrossing(t, zones.get(random.nextInt(zones.size())).id(),
                    zones.get(random.nextInt(zones.size())).id(), random.nextBoolean(), List.of());
            case "rename" -> TopologyEdits.replaceService(t, a.id(), a.withName("Renamed " + step(random)));
            case "waive" -> TopologyEdits.addWaiver(t, new Waiver("ZW202", a.id(), "reviewed", "team",
                    LocalDate.of(2026, 1 + random.nextInt(12), 1), SourceLocation.UNKNOWN));
            case "zone-source" -> {
                List<Connection> more = new ArrayList<>(connections);
                more.add(new Connection("", new Endpoint.ZoneRef(zones.get(random.nextInt(zones.size())).id()),
                        new Endpoint.ServiceRef(b.id()), PortSpec.tcp(443), "", Authentication.NONE, List.of(),
                        SourceLocation.UNKNOWN));
                yield new Topology(t.name(), t.description(), zones, services, more, t.policy(), t.waivers(), t.layout());
            }
            default -> throw new IllegalArgumentException(edit);
        };
    }

    private static Authentication randomAuth(Random random) {
        return Authentication.values()[random.nextInt(Authentication.values().length)];
    }

    private static int step(Random random) {
        return random.nextInt(1000);
    }
}
