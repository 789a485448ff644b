package io.zonewright.export;

import java.util.List;

/**
 * What one target made of a design: its files, how many rules they hold, what it could not express,
 * warnings (quotas), and the connections none of whose ends it manages.
 */
public record TargetOutput(Target target, List<GeneratedFile> files, int rules, List<Unexpressed> unexpressed,
                           List<String> warnings, List<String> unmanaged) {

    public TargetOutput {
        files = List.copyOf(files);
        unexpressed = List.copyOf(unexpressed);
        warnings = List.copyOf(warnings);
        unmanaged = List.copyOf(unmanaged);
    }
}
