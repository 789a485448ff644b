package io.zonewright.cli;

import picocli.CommandLine;

/** The version from the jar manifest, so that it never drifts from the build. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"zonewright " + (version == null ? "development build" : version)};
    }
}
