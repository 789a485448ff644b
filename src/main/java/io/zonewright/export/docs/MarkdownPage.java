package io.zonewright.export.docs;

import io.zonewright.analysis.Finding;
import io.zonewright.analysis.WaivedFinding;
import io.zonewright.text.Markdown;

import java.util.List;

/** The documentation as Markdown, every text from the design escaped so that it reads as text. */
final class MarkdownPage {

    private MarkdownPage() {
    }

    static String render(DocsContent c) {
        StringBuilder md = new StringBuilder(200 * c.topology().connections().size() + 100 * c.topology().services().size() + 4096);
        md.append("# Network boundaries: ").append(Markdown.text(c.topology().name().isEmpty() ? "design" : c.topology().name())).append("\n\n");
        if (!c.topology().description().isEmpty()) {
            md.append(Markdown.text(c.topology().description())).append("\n\n");
        }
        md.append("Made by Zonewright from the design; export again rather than edit. Every connection not listed "
                + "here is denied, in every direction.\n\n## Allowed connections\n");
        for (ConnectionTable.Section s : c.table().sections()) {
            md.append("\n### ").append(Markdown.text(s.from())).append(" &rarr; ").append(Markdown.text(s.to())).append("\n\n");
            md.append("| Source | Destination | Port | Protocol | Purpose | Connection |\n|---|---|---|---|---|---|\n");
            for (ConnectionTable.Row r : s.rows()) {
                cells(md, List.of(Markdown.text(r.source()), Markdown.text(r.destination()), Markdown.text(r.port()),
                        Markdown.text(r.protocol()), Markdown.text(r.purpose()), Markdown.code(r.id())));
            }
        }
        md.append("\n## Zone policy\n\nWhat may cross from one zone (row) into another (column). Traffic within a zone "
                + "is not a crossing; connections still list what it may be.\n\n");
        table(md, c.matrix());
        md.append("\n## Open ports\n\n");
        table(md, prepend(List.of("Service", "Zone", "Listens on", "Reached by"), c.openPorts()));
        md.append("\n## Findings\n\n");
        if (c.findings().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| Severity | Rule | Finding | Fix |\n|---|---|---|---|\n");
            for (Finding f : c.findings()) {
                row(md, List.of(f.severity().label(), f.rule(), f.message(), f.hint()));
            }
        }
        md.append("\n## Waivers\n\n");
        if (c.waived().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| Rule | Finding | Reason | Owner | Expires |\n|---|---|---|---|---|\n");
            for (WaivedFinding w : c.waived()) {
                row(md, List.of(w.finding().rule(), w.finding().message(), w.waiver().reason(), w.waiver().owner(),
                        w.waiver().expires().toString()));
            }
        }
        if (!c.metadataCovered().isEmpty()) {
            md.append("\n## Cloud metadata service\n\n").append(Markdown.text(DocsText.metadataNote(c.metadataCovered()))).append('\n');
        }
        return md.toString();
    }

    private static List<List<String>> prepend(List<String> header, List<List<String>> rows) {
        List<List<String>> out = new java.util.ArrayList<>();
        out.add(header);
        out.addAll(rows);
        return out;
    }

    /** A table whose first row is its header. */
    private static void table(StringBuilder md, List<List<String>> rows) {
        row(md, rows.get(0));
        md.append("|---".repeat(rows.get(0).size())).append("|\n");
        rows.subList(1, rows.size()).forEach(r -> row(md, r));
    }

    private static void row(StringBuilder md, List<String> texts) {
        md.append('|');
        for (String text : texts) {
            md.append(' ').append(Markdown.text(text)).append(" |");
        }
        md.append('\n');
    }

    /** A row of cells already written in Markdown. */
    private static void cells(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell).append(" |");
        }
        md.append('\n');
    }
}
