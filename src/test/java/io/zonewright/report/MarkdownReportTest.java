package io.zonewright.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownReportTest {

    @Test
    void designTextCannotBreakOutOfATableCell() {
        assertEquals("a \\| b &lt;script&gt; c", MarkdownReport.cell("a | b <script>\nc"));
    }
}
