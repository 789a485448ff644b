package io.zonewright.report;

import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Severity;
import io.zonewright.analysis.WaivedFinding;
import io.zonewright.text.Visible;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One line per finding, {@code FILE:LINE: severity RULE message}, as compilers print: editors jump to it. */
final class TextReport {

    private TextReport() {
    }

    static String render(List<AnalyzedFile> files) {
        StringBuilder out = new StringBuilder();
        for (AnalyzedFile file : files) {
            for (Finding f : file.report().findings()) {
                out.append(Visible.of(file.file())).append(':').append(f.location().line()).append(": ")
                        .append(f.severity().label()).append(' ').append(f.rule()).append(' ')
                        .append(Visible.of(f.message())).append('\n');
            }
            for (WaivedFinding w : file.report().waived()) {
                out.append(Visible.of(file.file())).append(':').append(w.finding().location().line()).append(": waived ")
                        .append(w.finding().rule()).append(' ').append(Visible.of(w.finding().message()))
                        .append(" [until ").append(w.waiver().expires()).append(", ")
                        .append(Visible.of(w.waiver().owner())).append(": ").append(Visible.of(w.waiver().reason())).append("]\n");
            }
            out.append(Visible.of(file.file())).append(": ").append(summary(file.report().countBySeverity()))
                    .append(", ").append(file.report().waived().size()).append(" waived\n");
        }
        return out.toString();
    }

    static String summary(Map<Severity, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
    }
}
