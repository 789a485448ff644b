package io.zonewright.analysis;

import io.zonewright.Designs;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleAnalysisTest {

    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withToday(LocalDate.of(2026, 11, 26));

    @Test
    void theFlawedSampleFiresEveryRule() {
        Report report = Analyzer.analyze(Designs.load(Designs.FLAWED), OPTIONS);
        Set<String> fired = report.findings().stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = Rules.described().stream().map(RuleDescription::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, fired);
    }

    @Test
    void theArticleSamplePassesAtHighWithItsWaiversReported() {
        Report report = Analyzer.analyze(Designs.load(Designs.ARTICLE), OPTIONS);
        assertFalse(report.failsAt(Severity.HIGH), () -> report.findings().toString());
        assertEquals(5, report.waived().size(), "waived findings are reported, never dropped");
        assertTrue(report.waived().stream().allMatch(w -> w.waiver().owner().equals("platform-team")));
    }

    @Test
    void theShopSamplePassesAtHigh() {
        Report report = Analyzer.analyze(Designs.load(Designs.SHOP), OPTIONS);
        assertFalse(report.failsAt(Severity.MEDIUM), () -> report.findings().toString());
    }

    @Test
    void anExpiredWaiverBringsItsFindingBack() {
        Topology flawed = Designs.load(Designs.FLAWED);
        List<String> before = rulesOn(Analyzer.analyze(flawed, OPTIONS.withToday(LocalDate.of(2025, 1, 31))), "metrics-scraping");
        List<String> after = rulesOn(Analyzer.analyze(flawed, OPTIONS.withToday(LocalDate.of(2025, 2, 1))), "metrics-scraping");
        assertFalse(before.contains("ZW113"), "waived on its last day");
        assertTrue(after.containsAll(List.of("ZW113", "ZW301")), after::toString);
    }

    @Test
    void findingsCarryLocationHintAndElements() {
        Report report = Analyzer.analyze(Designs.load(Designs.FLAWED), OPTIONS);
        Finding direct = report.findings().stream().filter(f -> f.rule().equals("ZW102")).findFirst().orElseThrow();
        assertEquals("lb-to-db", direct.target());
        assertEquals(List.of("web-lb", "db"), direct.elements());
        assertTrue(direct.location().file().endsWith("flawed-design.yaml"));
        assertTrue(direct.location().line() > 0);
        assertFalse(direct.hint().isBlank());
        assertEquals(Severity.CRITICAL, direct.severity());
    }

    private static List<String> rulesOn(Report report, String target) {
        return report.findings().stream().filter(f -> f.target().equals(target)).map(Finding::rule).toList();
    }
}
