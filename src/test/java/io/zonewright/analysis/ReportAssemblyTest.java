package io.zonewright.analysis;

import io.zonewright.model.SourceLocation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportAssemblyTest {

    @Test
    void findingsAreSortedExactlyAsAStableSortByTheReportOrder() {
        Random random = new Random(5);
        for (int round = 0; round < 50; round++) {
            List<Finding> findings = new ArrayList<>();
            int lines = 1 + random.nextInt(20);
            for (int i = 0; i < 300; i++) {
                Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
                String rule = "ZW10" + random.nextInt(3);
                String target = "t" + random.nextInt(4);
                // Equal under the order but told apart by their elements: the stable order must be kept.
                findings.add(new Finding(rule, severity, "m" + random.nextInt(2), target, List.of("e" + i), List.of(), "",
                        SourceLocation.of("f.yaml", random.nextInt(lines), 1)));
            }
            List<Finding> expected = new ArrayList<>(findings);
            expected.sort(Analyzer.ORDER);
            assertEquals(expected, ReportAssembly.sorted(findings), "round " + round);
        }
    }
}
