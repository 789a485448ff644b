package io.zonewright.export.docs;

import io.zonewright.analysis.EndpointResolver;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Severity;
import io.zonewright.layout.ConnectionRoute;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.layout.IconLibrary;
import io.zonewright.layout.Palette;
import io.zonewright.layout.Point;
import io.zonewright.layout.PortLabels;
import io.zonewright.layout.Routing;
import io.zonewright.model.Connection;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.Topology;

import io.zonewright.text.Xml;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The diagram as a standalone SVG document, drawn from the same layout as the editor. All text from the
 * design is XML-escaped, so a name cannot break out of its element.
 */
public final class SvgExport {

    /** Room below the lanes for the legend. */
    private static final double LEGEND_HEIGHT = 34;

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
        return render(new StringBuilder(sizeOf(topology)), topology, iconPaths, worst).toString();
    }

    /** About how many characters the SVG of a topology takes: a page made around it starts that large. */
    static int sizeOf(Topology topology) {
        return 360 * topology.connections().size() + 650 * topology.services().size() + 8192;
    }

    /** As {@link #render(Topology, Function, Map)}, appended to {@code svg}, as a page that holds it does. */
    static StringBuilder render(StringBuilder svg, Topology topology, Function<ServiceKind, String> iconPaths,
                                Map<String, Severity> worst) {
        DiagramLayout layout = DiagramLayout.of(topology, false, EndpointResolver.zoneIds(topology));
        double width = Math.max(layout.width(), 800);
        double height = layout.height() + LEGEND_HEIGHT;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"13\">%n", width, height, width, height));
        svg.append("  <title>").append(Xml.escape(topology.name())).append("</title>\n");
        svg.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
                + "orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 Z\" fill=\"" + Palette.MUTED.hex() + "\"/></marker></defs>\n");
        for (DiagramLayout.Lane lane : layout.lanes()) {
            svg.append(String.format(Locale.ROOT, "  <rect x=\"0\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"%s\"/>%n",
                    lane.y(), width, lane.height(), Palette.lane(lane.zone().role()).hex(), Palette.RULE.hex()));
            svg.append(String.format(Locale.ROOT, "  <path transform=\"translate(12 %.1f)\" fill=\"none\" stroke=\"%s\" "
                    + "stroke-width=\"1.8\" stroke-linecap=\"round\" stroke-linejoin=\"round\" d=\"%s\"/>%n",
                    lane.y() + 10, Palette.ICON.hex(), Xml.escape(IconLibrary.pathData(lane.zone().role()))));
            svg.append(String.format(Locale.ROOT, "  <text x=\"42\" y=\"%.1f\" font-weight=\"bold\" font-size=\"15\">%s</text>%n",
                    lane.y() + 26, Xml.escape(lane.zone().displayName())));
        }
        DiagramLayout.Rect rail = layout.everyServiceRail();
        if (rail != null) {
            svg.append(String.format(Locale.ROOT, "  <rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>"
                    + "<text transform=\"translate(%.1f 12) rotate(90)\" font-size=\"12\" font-weight=\"bold\" fill=\"%s\">"
                    + "every service (*)</text>%n", rail.x(), rail.width(), rail.height(), Palette.MUTED.hex(), rail.x() + 22,
                    Palette.TEXT.hex()));
        }
        for (DiagramLayout.RangeNode range : layout.ranges().values().stream()
                .sorted(java.util.Comparator.comparing(r -> r.network().text())).toList()) {
            DiagramLayout.Rect r = range.rect();
            svg.append(String.format(Locale.ROOT, "  <rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"12\" fill=\"%s\" "
                    + "stroke=\"%s\" stroke-width=\"1.5\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" "
                    + "font-family=\"monospace\">%s</text>%n", r.x(), r.y(), r.width(), r.height(), Palette.BOX.hex(),
                    Palette.BORDER.hex(), r.centerX(), r.centerY() + 4, Xml.escape(range.network().text())));
        }
        List<ConnectionRoute> routes = Routing.of(topology, layout).routes();
        for (ConnectionRoute route : routes) {
            Connection c = route.connection();
            Severity severity = worst.get(c.id());
            // Tens of thousands of arrows: appended piece by piece, String.format cost more than the rest.
            svg.append("  <polyline points=\"");
            for (Point p : route.points()) {
                tenths(svg, p.x()).append(',');
                tenths(svg, p.y()).append(' ');
            }
            svg.setLength(svg.length() - 1);
            svg.append("\" fill=\"none\" stroke=\"").append(stroke(severity, Palette.MUTED)).append("\" stroke-width=\"")
                    .append(flagged(severity) ? "2.5" : "1.5").append("\" marker-end=\"url(#arrow)\"><title>")
                    .append(Xml.escape(c.id() + (c.hasPurpose() ? ": " + c.purpose() : "") + (flagged(severity) ? " (" + severity.label() + ")" : "")))
                    .append("</title></polyline>\n");
        }
        for (DiagramLayout.Box box : layout.boxes().values().stream()
                .sorted(java.util.Comparator.comparing(b -> b.service().id())).toList()) {
            svg.append("  <g transform=\"translate(");
            tenths(svg, box.x()).append(' ');
            tenths(svg, box.y()).append(")\">\n");
            Severity severity = worst.get(box.service().id());
            svg.append("    <rect width=\"").append((long) DiagramLayout.BOX_WIDTH).append("\" height=\"")
                    .append((long) DiagramLayout.BOX_HEIGHT).append("\" rx=\"8\" fill=\"").append(fill(severity))
                    .append("\" stroke=\"").append(stroke(severity, Palette.BORDER)).append("\" stroke-width=\"")
                    .append(flagged(severity) ? "2.5" : "1.5").append("\"/>\n");
            svg.append("    <path transform=\"translate(10 20)\" fill=\"none\" stroke=\"").append(Palette.ICON.hex())
                    .append("\" stroke-width=\"1.8\" d=\"")
                    .append(Xml.escape(iconPaths.apply(box.service().kind()))).append("\"/>\n");
            svg.append("    <text x=\"42\" y=\"28\" font-weight=\"bold\">").append(Xml.escape(box.service().displayName())).append("</text>\n");
            svg.append("    <text x=\"42\" y=\"46\" font-size=\"11\" fill=\"").append(Palette.MUTED.hex()).append("\">").append(Xml.escape(PortLabels.listens(box.service().listens()))).append("</text>\n");
            if (flagged(severity)) {
                svg.append(String.format(Locale.ROOT, "    <circle cx=\"%.0f\" cy=\"0\" r=\"10\" fill=\"%s\"/>"
                        + "<text x=\"%.0f\" y=\"4\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"white\">%s"
                        + "<title>%s</title></text>%n", DiagramLayout.BOX_WIDTH - 4, stroke(severity, Palette.BORDER),
                        DiagramLayout.BOX_WIDTH - 4, severity.label().substring(0, 1).toUpperCase(Locale.ROOT), severity.label()));
            }
            svg.append("  </g>\n");
        }
        for (ConnectionRoute route : routes) {
            labelOf(svg, route);
        }
        legend(svg, layout.height());
        return svg.append("</svg>\n");
    }

    /** What the colours and labels mean, below the lanes, as the editor's legend says it. */
    private static void legend(StringBuilder svg, double top) {
        double y = top + 22;
        svg.append(String.format(Locale.ROOT, "  <g font-size=\"12\" fill=\"%s\">"
                + "<rect x=\"12\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"30\" y=\"%.1f\">critical or high finding</text>"
                + "<rect x=\"200\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"218\" y=\"%.1f\">medium finding</text>"
                + "<text x=\"350\" y=\"%.1f\">ports are TCP unless marked</text></g>%n",
                Palette.TEXT.hex(), y - 10, Palette.CRITICAL.hex(), y, y - 10, Palette.WARNING.hex(), y, y));
    }

    /**
     * The worst severity of the findings on each element they are about (their target), as the editor
     * colours and badges them, so that the picture and the window agree.
     */
    public static Map<String, Severity> worstByTarget(List<Finding> findings) {
        Map<String, Severity> out = new HashMap<>();
        for (Finding f : findings) {
            out.merge(f.target(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return out;
    }

    /** An arrow's label on a background, where the routing put it: above everything, so nothing hides it. */
    private static void labelOf(StringBuilder svg, ConnectionRoute route) {
        String text = route.label();
        double width = ConnectionRoute.labelWidth(text);
        Point c = route.labelCentre();
        svg.append("  <rect x=\"");
        tenths(svg, c.x() - width / 2).append("\" y=\"");
        tenths(svg, c.y() - ConnectionRoute.LABEL_HEIGHT / 2).append("\" width=\"");
        tenths(svg, width).append("\" height=\"").append((long) ConnectionRoute.LABEL_HEIGHT)
                .append("\" rx=\"3\" fill=\"").append(Palette.BOX.hex()).append("\" fill-opacity=\"0.9\"/><text x=\"");
        tenths(svg, c.x()).append("\" y=\"");
        tenths(svg, c.y() + 4).append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"").append(Palette.TEXT.hex()).append("\">")
                .append(Xml.escape(text)).append("</text>\n");
    }

    /** Appends a coordinate with one decimal, as {@code %.1f} writes it. */
    private static StringBuilder tenths(StringBuilder out, double value) {
        long tenths = Math.round(Math.abs(value) * 10);
        if (value < 0 && tenths != 0) {
            out.append('-');
        }
        return out.append(tenths / 10).append('.').append(tenths % 10);
    }

    /** Whether a finding of this severity colours its element: critical, high and medium do. */
    private static boolean flagged(Severity severity) {
        return severity != null && severity.atLeast(Severity.MEDIUM);
    }

    private static String stroke(Severity severity, Palette plain) {
        if (!flagged(severity)) {
            return plain.hex();
        }
        return (severity.atLeast(Severity.HIGH) ? Palette.CRITICAL : Palette.WARNING).hex();
    }

    private static String fill(Severity severity) {
        if (!flagged(severity)) {
            return Palette.BOX.hex();
        }
        return (severity.atLeast(Severity.HIGH) ? Palette.CRITICAL_FILL : Palette.WARNING_FILL).hex();
    }
}
