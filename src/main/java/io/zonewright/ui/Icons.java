package io.zonewright.ui;

import io.zonewright.model.ServiceKind;
import javafx.scene.shape.SVGPath;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The icon of each service kind, read once from the {@code icons/} SVG files (a single path each). */
final class Icons {

    private static final Pattern PATH_DATA = Pattern.compile("<path d=\"([^\"]+)\"");
    private static final Map<ServiceKind, String> PATHS = new EnumMap<>(ServiceKind.class);

    private Icons() {
    }

    static SVGPath of(ServiceKind kind) {
        SVGPath icon = new SVGPath();
        icon.setContent(pathData(kind));
        icon.getStyleClass().add("kind-icon");
        return icon;
    }

    static synchronized String pathData(ServiceKind kind) {
        return PATHS.computeIfAbsent(kind, Icons::load);
    }

    private static String load(ServiceKind kind) {
        String resource = "/io/zonewright/icons/" + kind.yamlName() + ".svg";
        try (InputStream in = Icons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing icon " + resource);
            }
            Matcher m = PATH_DATA.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!m.find()) {
                throw new IllegalStateException("icon without a path: " + resource);
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable icon " + resource, e);
        }
    }
}
