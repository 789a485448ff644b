package io.zonewright.layout;

import io.zonewright.analysis.Severity;
import io.zonewright.model.Connection;
import io.zonewright.model.PortSpec;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.Topology;

import io.zonewright.text.Xml;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The diagram as a standalone SVG document, drawn from the same layout as the editor. All text from the
 * design is XML-escaped, so a name cannot break out of its element.
 */
public final class SvgExport {

    private static final String[][] LANE_COLOURS = {
            {"external", "#f3f4f6"}, {"public", "#fff8e6"}, {"application", "#eef6ff"},
            {"data", "#f3edff"}, {"management", "#ecf8f1"}, {"custom", "#f7f7f2"}};

    private SvgExport() {
    }

    /** The SVG of a topology; {@code iconPaths} gives the path data of each kind's icon. */
    public static String render(Topology topology, Function<ServiceKind, String> iconPaths) {
        return render(topology, iconPaths, Map.of());
    }

    /**
     * The SVG of a topology with each element in the colour of its worst finding ({@code worst}, by element
     * id): critical and high red, medium amber, each with a badge, as the editor shows them.
     */
    public static String render(Topology topology, Function<ServiceKind, String> iconPaths, Map<String, Severity> worst) {
        DiagramLayout layout = DiagramLayout.of(topology);
        double width = Math.max(layout.width(), 800);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"13\">%n", width, layout.height(), width, layout.height()));
        svg.append("  <title>").append(Xml.escape(topology.name())).append("</title>\n");
        svg.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
                + "orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 Z\" fill=\"#52606d\"/></marker></defs>\n");
        for (DiagramLayout.Lane lane : layout.lanes()) {
            svg.append(String.format(Locale.ROOT, "  <rect x=\"0\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"#d5dbe1\"/>%n",
                    lane.y(), width, lane.height(), laneColour(lane.zone().role().yamlName())));
            svg.append(String.format(Locale.ROOT, "  <text x=\"12\" y=\"%.1f\" font-weight=\"bold\" font-size=\"15\">%s</text>%n",
                    lane.y() + 26, Xml.escape(lane.zone().displayName())));
        }
        for (ConnectionRoute route : ConnectionRoute.of(topology, layout)) {
            Connection c = route.connection();
            double[] s = route.segment();
            double[] label = route.labelPoint();
            Severity severity = worst.get(c.id());
            svg.append(String.format(Locale.ROOT, "  <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                    + "stroke-width=\"%s\" marker-end=\"url(#arrow)\"><title>%s</title></line>%n",
                    s[0], s[1], s[2], s[3], stroke(severity, "#52606d"), severity == null || !flagged(severity) ? "1.5" : "2.5",
                    Xml.escape(c.id() + (c.hasPurpose() ? ": " + c.purpose() : "") + (flagged(severity) ? " (" + severity.label() + ")" : ""))));
            svg.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#323f4b\">%s</text>%n",
                    label[0] - 20, label[1] + 4, Xml.escape(route.label())));
        }
        for (DiagramLayout.Box box : layout.boxes().values().stream()
                .sorted(java.util.Comparator.comparing(b -> b.service().id())).toList()) {
            svg.append(String.format(Locale.ROOT, "  <g transform=\"translate(%.1f %.1f)\">%n", box.x(), box.y()));
            Severity severity = worst.get(box.service().id());
            svg.append(String.format(Locale.ROOT, "    <rect width=\"%.0f\" height=\"%.0f\" rx=\"8\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>%n",
                    DiagramLayout.BOX_WIDTH, DiagramLayout.BOX_HEIGHT, fill(severity), stroke(severity, "#7b8794"),
                    flagged(severity) ? "2.5" : "1.5"));
            svg.append("    <path transform=\"translate(10 20)\" fill=\"none\" stroke=\"#334e68\" stroke-width=\"1.8\" d=\"")
                    .append(Xml.escape(iconPaths.apply(box.service().kind()))).append("\"/>\n");
            svg.append("    <text x=\"42\" y=\"28\" font-weight=\"bold\">").append(Xml.escape(box.service().displayName())).append("</text>\n");
            svg.append("    <text x=\"42\" y=\"46\" font-size=\"11\" fill=\"#52606d\">").append(Xml.escape(box.service().listens().stream()
                    .map(PortSpec::toString).collect(Collectors.joining(" ")))).append("</text>\n");
            if (flagged(severity)) {
                svg.append(String.format(Locale.ROOT, "    <circle cx=\"%.0f\" cy=\"0\" r=\"10\" fill=\"%s\"/>"
                        + "<text x=\"%.0f\" y=\"4\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"white\">%s"
                        + "<title>%s</title></text>%n", DiagramLayout.BOX_WIDTH - 4, stroke(severity, ""),
                        DiagramLayout.BOX_WIDTH - 4, severity.label().substring(0, 1).toUpperCase(Locale.ROOT), severity.label()));
            }
            svg.append("  </g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** Whether a finding of this severity colours its element: critical, high and medium do. */
    private static boolean flagged(Severity severity) {
        return severity != null && severity.atLeast(Severity.MEDIUM);
    }

    private static String stroke(Severity severity, String plain) {
        if (!flagged(severity)) {
            return plain;
        }
        return severity.atLeast(Severity.HIGH) ? "#c81e1e" : "#b7791f";
    }

    private static String fill(Severity severity) {
        if (!flagged(severity)) {
            return "white";
        }
        return severity.atLeast(Severity.HIGH) ? "#fdecec" : "#fdf6e3";
    }

    private static String laneColour(String role) {
        for (String[] pair : LANE_COLOURS) {
            if (pair[0].equals(role)) {
                return pair[1];
            }
        }
        return "#ffffff";
    }
}
