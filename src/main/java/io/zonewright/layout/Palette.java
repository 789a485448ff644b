package io.zonewright.layout;

import io.zonewright.model.ZoneRole;

import java.util.Locale;

/**
 * Every colour a diagram is drawn in, once: the editor reads them as looked-up colours ({@code -zw-name},
 * from {@link #lookedUpColours()}), review mode with it, and the SVG, PNG and documentation page with
 * {@link #hex()}. A picture of a design is therefore in the colours of the window it was drawn in.
 */
public enum Palette {
    /** Body text. */
    INK("#1f2933"),
    /** Labels on the diagram: port labels, the legend, the rail's name. */
    TEXT("#323f4b"),
    /** Line icons of services and zones. */
    ICON("#334e68"),
    /** Arrows and secondary text. */
    MUTED("#52606d"),
    /** A lane's role under its name. */
    CAPTION("#607080"),
    /** Box outlines. */
    BORDER("#7b8794"),
    /** An arrow being drawn. */
    SKETCH("#9aa5b1"),
    /** Lane separators and panel borders. */
    RULE("#d5dbe1"),
    /** Panels and table headings. */
    SURFACE("#fafafa"),
    /** A service's box. */
    BOX("#ffffff"),
    /** Critical and high findings. */
    CRITICAL("#c62828"),
    CRITICAL_FILL("#fdecec"),
    /** Medium findings; dark enough to read as text on white. */
    WARNING("#b45309"),
    WARNING_FILL("#fdf6e3"),
    /** The selection. */
    SELECTION("#1565c0"),
    SELECTION_FILL("#e3f2fd"),
    /** A finding's path and what an overlay reaches. */
    PATH("#6a1b9a"),
    PATH_FILL("#f3e5f5"),
    /** Zone crossings overlay. */
    CROSSING("#00838f"),
    /** Added in a comparison. */
    ADDED("#2e7d32"),
    /** Documented but not found deployed (audit). */
    MISSING("#546e7a"),
    /** Notices above the diagram. */
    NOTICE("#fff3cd"),
    /** Review mode's bar. */
    REVIEW_BAR("#263238"),
    LANE_EXTERNAL("#f3f4f6"),
    LANE_PUBLIC("#fff8e6"),
    LANE_APPLICATION("#eef6ff"),
    LANE_DATA("#f3edff"),
    LANE_MANAGEMENT("#ecf8f1"),
    LANE_CUSTOM("#f7f7f2");

    private final String hex;

    Palette(String hex) {
        this.hex = hex;
    }

    public String hex() {
        return hex;
    }

    /** The name a stylesheet looks this colour up by, e.g. {@code -zw-critical-fill}. */
    public String lookedUpName() {
        return "-zw-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The fill of a zone's lane. */
    public static Palette lane(ZoneRole role) {
        return switch (role) {
            case EXTERNAL -> LANE_EXTERNAL;
            case PUBLIC -> LANE_PUBLIC;
            case APPLICATION -> LANE_APPLICATION;
            case DATA -> LANE_DATA;
            case MANAGEMENT -> LANE_MANAGEMENT;
            case CUSTOM -> LANE_CUSTOM;
        };
    }

    /** A stylesheet rule that defines every colour as a looked-up colour of the root. */
    public static String lookedUpColours() {
        StringBuilder css = new StringBuilder(".root {\n");
        for (Palette p : values()) {
            css.append("    ").append(p.lookedUpName()).append(": ").append(p.hex).append(";\n");
        }
        return css.append("}\n").toString();
    }
}
