package io.zonewright.cli;

import io.zonewright.export.Export;
import io.zonewright.export.OutputFolder;
import io.zonewright.export.TargetOutput;
import io.zonewright.export.Unexpressed;
import io.zonewright.text.Visible;

import java.io.PrintWriter;
import java.util.List;

/** What an export tells its user: per target what it wrote, then everything it could not express. */
final class ExportSummary {

    private ExportSummary() {
    }

    static void print(PrintWriter out, List<TargetOutput> outputs, OutputFolder.Outcome outcome) {
        for (TargetOutput o : outputs) {
            long written = o.files().stream().filter(f -> outcome.written().contains(f.path())).count();
            out.printf("%-11s %d %s (%d written, %d unchanged), %d %s%n", o.target().cliName(), o.files().size(),
                    plural(o.files().size(), "file"), written, o.files().size() - written, o.rules(),
                    plural(o.rules(), "rule"));
        }
        for (String removed : outcome.removed()) {
            out.println("removed     " + removed);
        }
        List<Unexpressed> unexpressed = outputs.stream().flatMap(o -> o.unexpressed().stream()).toList();
        if (!unexpressed.isEmpty()) {
            out.println();
            out.println("Not expressed (" + unexpressed.size() + "), each noted in its file where it would have stood:");
            for (Unexpressed u : unexpressed) {
                out.println("  " + u.target().cliName() + ": " + Visible.of(u.subject()) + " in the " + Visible.of(u.place())
                        + ": " + Visible.of(u.reason()));
            }
        }
        List<String> none = Export.enforcedByNone(outputs);
        if (!none.isEmpty()) {
            out.println();
            out.println("Enforced by none of these targets (no end is a host, a pod or a security group they manage):");
            none.forEach(id -> out.println("  " + Visible.of(id)));
        }
        List<String> warnings = outputs.stream().flatMap(o -> o.warnings().stream()).toList();
        if (!warnings.isEmpty()) {
            out.println();
            warnings.forEach(w -> out.println("warning: " + Visible.of(w)));
        }
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }
}
