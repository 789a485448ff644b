package io.zonewright.export.docs;

import io.zonewright.analysis.Finding;
import io.zonewright.analysis.WaivedFinding;
import io.zonewright.layout.IconLibrary;
import io.zonewright.layout.Palette;
import io.zonewright.model.Zone;
import io.zonewright.text.Xml;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The documentation as one self-contained HTML page (no script, no outside resource): the diagram as inline
 * SVG in the colours of its findings, then the same tables as the Markdown.
 */
final class HtmlPage {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:INK;margin:2rem auto;max-width:72rem;padding:0 1rem}
            h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid RULE}h3{font-size:1.05rem}
            table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}th,td{border:1px solid RULE;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:SURFACE}td.id{font-family:monospace;font-size:.85em;color:MUTED}
            tr.critical td:first-child,tr.high td:first-child{color:CRITICAL;font-weight:bold}tr.medium td:first-child{color:WARNING;font-weight:bold}
            .diagram{overflow-x:auto;border:1px solid RULE}.diagram svg{max-width:100%;height:auto}
            @page{size:A4;margin:14mm}
            @media print{body{margin:0;max-width:none;font-size:10pt}.diagram{border:none}tr{page-break-inside:avoid}h2{page-break-after:avoid}}
            """
            .replace("INK", Palette.INK.hex()).replace("RULE", Palette.RULE.hex()).replace("SURFACE", Palette.SURFACE.hex())
            .replace("MUTED", Palette.MUTED.hex()).replace("CRITICAL", Palette.CRITICAL.hex()).replace("WARNING", Palette.WARNING.hex());

    private HtmlPage() {
    }

    static String render(DocsContent c) {
        String title = "Network boundaries: " + (c.topology().name().isEmpty() ? "design" : c.topology().name());
        // Tens of megabytes at thousands of services: made at about its size rather than grown by copies.
        StringBuilder h = new StringBuilder(SvgExport.sizeOf(c.topology()) + 300 * c.topology().connections().size()
                + 200 * c.topology().services().size())
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        h.append("<title>").append(Xml.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(Xml.escape(title)).append("</h1>\n");
        if (!c.topology().description().isEmpty()) {
            h.append("<p>").append(Xml.escape(c.topology().description())).append("</p>\n");
        }
        h.append("<p>Made by Zonewright from the design; export again rather than edit. Every connection not listed here is denied, in every direction.</p>\n");
        SvgExport.render(h.append("<div class=\"diagram\">\n"), c.topology(), IconLibrary::pathData,
                SvgExport.worstByTarget(c.findings())).append("</div>\n");
        h.append("<h2>Allowed connections</h2>\n");
        for (ConnectionTable.Section s : c.table().sections()) {
            // The arrow as an entity keeps a page of plain ASCII text as it is built: a single character
            // outside Latin-1 would make Java hold all of it twice as wide.
            h.append("<h3>").append(Xml.escape(s.from())).append(" &rarr; ").append(Xml.escape(s.to())).append("</h3>\n<table>\n");
            header(h, List.of("Source", "Destination", "Port", "Protocol", "Purpose", "Connection"));
            for (ConnectionTable.Row r : s.rows()) {
                h.append("<tr>");
                for (String cell : List.of(r.source(), r.destination(), r.port(), r.protocol(), r.purpose())) {
                    h.append("<td>").append(Xml.escape(cell)).append("</td>");
                }
                h.append("<td class=\"id\">").append(Xml.escape(r.id())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>Zones</h2>\n<table>\n");
        header(h, List.of("Zone", "Role", "Trust", "Addresses"));
        for (Zone z : c.topology().zones()) {
            row(h, "", List.of(z.displayName(), z.role().yamlName(), Integer.toString(z.trust()),
                    z.addresses().stream().map(Object::toString).collect(Collectors.joining(", "))));
        }
        h.append("</table>\n");
        h.append("<h2>Zone policy</h2>\n<p>What may cross from one zone (row) into another (column).</p>\n<table>\n");
        header(h, c.matrix().get(0));
        c.matrix().subList(1, c.matrix().size()).forEach(r -> row(h, "", r));
        h.append("</table>\n<h2>Open ports</h2>\n<table>\n");
        header(h, List.of("Service", "Zone", "Listens on", "Reached by"));
        c.openPorts().forEach(r -> row(h, "", r));
        h.append("</table>\n<h2>Findings</h2>\n");
        if (c.findings().isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<table>\n");
            header(h, List.of("Severity", "Rule", "Finding", "Path", "Fix"));
            for (Finding f : c.findings()) {
                row(h, f.severity().label(), List.of(f.severity().label(), f.rule(), f.message(), String.join(" > ", f.path()), f.hint()));
            }
            h.append("</table>\n");
        }
        h.append("<h2>Waivers</h2>\n");
        if (c.waived().isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<table>\n");
            header(h, List.of("Rule", "Finding", "Reason", "Owner", "Expires"));
            for (WaivedFinding w : c.waived()) {
                row(h, "", List.of(w.finding().rule(), w.finding().message(), w.waiver().reason(), w.waiver().owner(),
                        w.waiver().expires().toString()));
            }
            h.append("</table>\n");
        }
        if (!c.metadataCovered().isEmpty()) {
            h.append("<h2>Cloud metadata service</h2>\n<p>").append(Xml.escape(DocsText.metadataNote(c.metadataCovered()))).append("</p>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void header(StringBuilder h, List<String> cells) {
        h.append("<tr>");
        cells.forEach(cell -> h.append("<th>").append(Xml.escape(cell)).append("</th>"));
        h.append("</tr>\n");
    }

    private static void row(StringBuilder h, String cssClass, List<String> cells) {
        h.append(cssClass.isEmpty() ? "<tr>" : "<tr class=\"" + cssClass + "\">");
        cells.forEach(cell -> h.append("<td>").append(Xml.escape(cell)).append("</td>"));
        h.append("</tr>\n");
    }
}
