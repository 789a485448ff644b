package io.zonewright.export.kubernetes;

/** Lets tests outside the package name a policy as the exporter does. */
public final class PolicyNamesAccess {

    private PolicyNamesAccess() {
    }

    public static String of(String serviceId) {
        return PolicyNames.of(serviceId);
    }
}
