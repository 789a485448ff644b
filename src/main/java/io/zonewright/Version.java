package io.zonewright;

/** The version from the jar manifest, so that it never drifts from the build. */
public final class Version {

    private Version() {
    }

    /** {@code 0.1.0}, or {@code development build} when run from classes rather than the jar. */
    public static String number() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
