package io.zonewright.cli;

import io.zonewright.Version;
import picocli.CommandLine;

/** {@code --version} of every command. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"zonewright " + Version.number()};
    }
}
