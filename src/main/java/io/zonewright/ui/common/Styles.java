package io.zonewright.ui.common;

import io.zonewright.layout.Palette;
import javafx.collections.ObservableList;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The editor's look: the palette's looked-up colours, then the stylesheet that uses them. */
public final class Styles {

    private static final String PALETTE = "data:text/css;base64,"
            + Base64.getEncoder().encodeToString(Palette.lookedUpColours().getBytes(StandardCharsets.UTF_8));
    private static final String SHEET = Styles.class.getResource("/io/zonewright/ui/zonewright.css").toExternalForm();

    private Styles() {
    }

    /** Styles a scene or a dialog (its stylesheets) as the editor. */
    public static void apply(ObservableList<String> stylesheets) {
        stylesheets.addAll(PALETTE, SHEET);
    }
}
