package io.zonewright.model;

import java.util.Locale;

/** How the destination of a connection knows who calls it, beyond the network path. */
public enum Authentication {
    NONE, MTLS, TOKEN, CREDENTIALS;

    private final String yamlName = name().toLowerCase(Locale.ROOT);

    /** The name as written in design files. */
    public String yamlName() {
        return yamlName;
    }

    public boolean isAuthenticated() {
        return this != NONE;
    }

    public static Authentication parse(String text) {
        for (Authentication a : values()) {
            if (a.yamlName().equals(text)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown auth '" + text + "' (expected none, mtls, token or credentials)");
    }
}
