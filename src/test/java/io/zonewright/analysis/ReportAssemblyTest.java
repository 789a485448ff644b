package io.zonewright.analysis;

import io.zonewright.model.SourceLocation;
import io.zonewright.model.Topology;
import io.zonewright.model.Waiver;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportAssemblyTest {

    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withToday(LocalDate.of(2026, 6, 1));

    @Test
    void findingsAreSortedExactlyAsAStableSortByTheReportOrder() {
        Random random = new Random(5);
        for (int round = 0; round < 50; round++) {
            List<Finding> findings = randomFindings(random, 300, 1 + random.nextInt(20));
            List<Finding> expected = new ArrayList<>(findings);
            expected.sort(Analyzer.ORDER);
            ReportAssembly.Keyed sorted = ReportAssembly.sorted(findings);
            assertEquals(expected, sorted.findings(), "round " + round);
            assertArrayEquals(expected.stream().mapToLong(ReportAssembly::key).toArray(), sorted.keys(), "round " + round);
        }
    }

    @Test
    void anUpdatedReportIsTheReportOfTheFindingsThatRemain() {
        Random random = new Random(9);
        // Waivers silence some findings, and one (t9) silences none: a stale waiver, made again on each update.
        Topology design = new Topology("w", "", List.of(), List.of(), List.of(), List.of(), List.of(
                waiver("ZW101", "t1", LocalDate.of(2027, 1, 1)), waiver("ZW102", "t9", LocalDate.of(2027, 1, 1)),
                waiver("ZW100", "t2", LocalDate.of(2026, 1, 1))), Map.of());
        int waivedSeen = 0;
        for (int round = 0; round < 100; round++) {
            List<Finding> raw = randomFindings(random, 200, 1 + random.nextInt(8));
            ReportAssembly.Assembled before = ReportAssembly.assemble(design, OPTIONS, raw);
            List<Finding> removed = new ArrayList<>();
            List<Finding> remaining = new ArrayList<>();
            for (Finding f : raw) {
                (random.nextInt(3) == 0 ? removed : remaining).add(f);
            }
            List<Finding> added = randomFindings(random, random.nextInt(60), 1 + random.nextInt(8));
            remaining.addAll(added);
            ReportAssembly.Assembled updated = ReportAssembly.update(before, design, OPTIONS, removed, added);
            ReportAssembly.Assembled expected = ReportAssembly.assemble(design, OPTIONS, remaining);
            assertEquals(expected.report(), updated.report(), "round " + round);
            assertArrayEquals(expected.keys(), updated.keys(), "round " + round);
            waivedSeen += updated.report().waived().size();
        }
        assertTrue(waivedSeen > 100, "waivers silenced " + waivedSeen + " findings");
    }

    /**
     * Findings on few lines, with few rules, targets and messages, so that many tie under the report order
     * and some are equal under it but told apart by their elements.
     */
    private static List<Finding> randomFindings(Random random, int count, int lines) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
            String rule = "ZW10" + random.nextInt(3);
            String target = "t" + random.nextInt(4);
            findings.add(new Finding(rule, severity, "m" + random.nextInt(2), target, List.of("e" + random.nextInt(3)),
                    List.of(), "", SourceLocation.of("f.yaml", random.nextInt(lines), 1)));
        }
        return findings;
    }

    private static Waiver waiver(String rule, String target, LocalDate expires) {
        return new Waiver(rule, target, "accepted", "owner", expires, SourceLocation.UNKNOWN);
    }

}
