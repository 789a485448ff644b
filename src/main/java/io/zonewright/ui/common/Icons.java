package io.zonewright.ui.common;

import io.zonewright.layout.IconLibrary;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.ZoneRole;
import javafx.scene.shape.SVGPath;

/** The icon of a service kind or a zone role as a JavaFX shape, styled by CSS. */
public final class Icons {

    private Icons() {
    }

    public static SVGPath of(ServiceKind kind) {
        SVGPath icon = new SVGPath();
        icon.setContent(IconLibrary.pathData(kind));
        icon.getStyleClass().add("kind-icon");
        return icon;
    }

    public static SVGPath of(ZoneRole role) {
        SVGPath icon = new SVGPath();
        icon.setContent(IconLibrary.pathData(role));
        icon.getStyleClass().add("zone-icon");
        return icon;
    }
}
