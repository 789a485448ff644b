package io.zonewright.report;

import io.zonewright.Designs;
import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Analyzer;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReportTest {

    @Test
    void designTextCannotBreakOutOfATableCellNorBecomeALinkCodeOrMarkup() {
        Topology t = Designs.parse(Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api, name: "a | b <script>x</script>\\nc [here](javascript:alert(1)) `rm` & \\e[2J"}
                  - {id: db, zone: data, kind: database}
                connections:
                  - {from: api, to: db, port: 5432/tcp}
                """);
        String md = MarkdownReport.render(List.of(new AnalyzedFile("d.yaml", Analyzer.analyze(t, AnalysisOptions.defaults()))));
        // Controls show as \n and \u001b, whose backslash Markdown then escapes so that it reads as typed.
        String shown = "a \\| b &lt;script&gt;x&lt;/script&gt;\\\\nc \\[here\\](javascript:alert(1)) \\`rm\\` &amp; \\\\u001b\\[2J";
        assertTrue(md.contains(shown), md);
        assertFalse(md.chars().anyMatch(c -> c == 0x1b || c == '\r'), "no raw escape character");
    }
}
