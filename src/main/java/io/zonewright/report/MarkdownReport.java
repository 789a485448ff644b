package io.zonewright.report;

import io.zonewright.analysis.Finding;
import io.zonewright.analysis.RuleDescription;
import io.zonewright.analysis.Rules;
import io.zonewright.analysis.Severity;
import io.zonewright.analysis.WaivedFinding;
import io.zonewright.io.Diagnostic;
import io.zonewright.text.Markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A review-ready report: summary, findings worst first, waivers with their owners, the rules involved. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(List<AnalyzedFile> files) {
        return render(files, List.of());
    }

    /** The report, with a section for the files that could not be analysed. */
    public static String render(List<AnalyzedFile> files, List<Diagnostic> unreadable) {
        StringBuilder md = new StringBuilder("# Zonewright findings\n");
        Set<String> rulesSeen = new TreeSet<>();
        for (AnalyzedFile file : files) {
            md.append("\n## ").append(Markdown.text(file.file())).append("\n\n");
            md.append("| Severity | Findings |\n|---|---|\n");
            for (Map.Entry<Severity, Integer> e : file.report().countBySeverity().entrySet()) {
                md.append("| ").append(e.getKey().label()).append(" | ").append(e.getValue()).append(" |\n");
            }
            md.append("| waived | ").append(file.report().waived().size()).append(" |\n");
            if (!file.report().findings().isEmpty()) {
                md.append("\n### Findings\n\n| Severity | Rule | Finding | Line |\n|---|---|---|---|\n");
                for (Finding f : file.report().findings()) {
                    rulesSeen.add(f.rule());
                    md.append("| ").append(f.severity().label()).append(" | ").append(f.rule()).append(" | ")
                            .append(Markdown.text(f.message())).append(" | ").append(f.location().line()).append(" |\n");
                }
            }
            if (!file.report().waived().isEmpty()) {
                md.append("\n### Waived\n\n| Rule | Finding | Reason | Owner | Expires |\n|---|---|---|---|---|\n");
                for (WaivedFinding w : file.report().waived()) {
                    rulesSeen.add(w.finding().rule());
                    md.append("| ").append(w.finding().rule()).append(" | ").append(Markdown.text(w.finding().message()))
                            .append(" | ").append(Markdown.text(w.waiver().reason())).append(" | ").append(Markdown.text(w.waiver().owner()))
                            .append(" | ").append(w.waiver().expires()).append(" |\n");
                }
            }
        }
        if (!unreadable.isEmpty()) {
            md.append("\n## Not analysed\n\n| File | Line | Problem |\n|---|---|---|\n");
            for (Diagnostic d : unreadable) {
                md.append("| ").append(Markdown.text(d.location().file())).append(" | ").append(d.location().line())
                        .append(" | ").append(Markdown.text(d.message())).append(" |\n");
            }
        }
        if (!rulesSeen.isEmpty()) {
            md.append("\n## Rules\n\n");
            for (RuleDescription r : Rules.described()) {
                if (rulesSeen.contains(r.id())) {
                    md.append("- **").append(r.id()).append(" ").append(Markdown.text(r.title())).append("**: ")
                            .append(Markdown.text(r.rationale())).append(" *Fix:* ").append(Markdown.text(r.hint())).append('\n');
                }
            }
        }
        return md.toString();
    }
}
