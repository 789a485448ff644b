package io.zonewright.model;

import java.util.Locale;

/** How the destination of a connection knows who calls it, beyond the network path. */
public enum Authentication {
    NONE, MTLS, TOKEN, CREDENTIALS;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
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
