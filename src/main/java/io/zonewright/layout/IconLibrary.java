package io.zonewright.layout;

import io.zonewright.model.ServiceKind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The icon of each service kind: the path data of the single-path SVG files of {@code icons/}. */
public final class IconLibrary {

    private static final Pattern PATH_DATA = Pattern.compile("<path d=\"([^\"]+)\"");
    private static final Map<ServiceKind, String> PATHS = new EnumMap<>(ServiceKind.class);

    private IconLibrary() {
    }

    /** The SVG path data (24 by 24) of a kind's icon. */
    public static synchronized String pathData(ServiceKind kind) {
        return PATHS.computeIfAbsent(kind, IconLibrary::load);
    }

    private static String load(ServiceKind kind) {
        String resource = "/io/zonewright/icons/" + kind.yamlName() + ".svg";
        try (InputStream in = IconLibrary.class.getResourceAsStream(resource)) {
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
