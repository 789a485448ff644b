package io.zonewright.model;

import java.util.Locale;

/** The trust level a zone stands for; the analysis rules reason in roles, not in zone names. */
public enum ZoneRole {
    /** The internet and third parties: never trusted. */
    EXTERNAL,
    /** Load balancers and reverse proxies that accept traffic from the internet. */
    PUBLIC,
    /** API servers, web backends, workers. */
    APPLICATION,
    /** Databases, caches, brokers, object storage: the most restricted zone. */
    DATA,
    /** Bastions, VPN, monitoring and logging. */
    MANAGEMENT,
    /** Anything else; treated as internal. */
    CUSTOM;

    private final String yamlName = name().toLowerCase(Locale.ROOT);

    /** The name as written in design files. */
    public String yamlName() {
        return yamlName;
    }

    public boolean isInternal() {
        return this != EXTERNAL && this != PUBLIC;
    }

    public static ZoneRole parse(String text) {
        for (ZoneRole r : values()) {
            if (r.yamlName().equals(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown zone role '" + text
                + "' (expected external, public, application, data, management or custom)");
    }
}
