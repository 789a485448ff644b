package io.zonewright.layout;

import io.zonewright.model.ServiceKind;
import io.zonewright.model.ZoneRole;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The icon of each service kind and zone role: the path data of the single-path SVG files of {@code icons/}
 * ({@code KIND.svg}, {@code zone-ROLE.svg}), all in one style, 24 by 24.
 */
public final class IconLibrary {

    private static final Pattern PATH_DATA = Pattern.compile("<path d=\"([^\"]+)\"");
    private static final Map<String, String> PATHS = new HashMap<>();

    private IconLibrary() {
    }

    /** The SVG path data of a kind's icon. */
    public static String pathData(ServiceKind kind) {
        return load(kind.yamlName());
    }

    /** The SVG path data of a zone role's icon. */
    public static String pathData(ZoneRole role) {
        return load("zone-" + role.yamlName());
    }

    private static synchronized String load(String name) {
        return PATHS.computeIfAbsent(name, IconLibrary::read);
    }

    private static String read(String name) {
        String resource = "/io/zonewright/icons/" + name + ".svg";
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
