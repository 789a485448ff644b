package io.zonewright.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a service is; it picks the icon and lets rules tell a worker or a bastion from an API. */
public enum ServiceKind {
    LOAD_BALANCER, REVERSE_PROXY, API, WEB, WORKER, DATABASE, CACHE, BROKER, OBJECT_STORE, BASTION, VPN,
    MONITORING, LOGGING, DNS, EXTERNAL_API, OTHER;

    private final String yamlName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The name as written in design files. */
    public String yamlName() {
        return yamlName;
    }

    /** Kinds through which administrators are expected to come in. */
    public boolean isAdminEntryPoint() {
        return this == BASTION || this == VPN;
    }

    public static ServiceKind parse(String text) {
        for (ServiceKind k : values()) {
            if (k.yamlName().equals(text)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown service kind '" + text + "' (expected one of "
                + Arrays.stream(values()).map(ServiceKind::yamlName).collect(Collectors.joining(", ")) + ")");
    }
}
