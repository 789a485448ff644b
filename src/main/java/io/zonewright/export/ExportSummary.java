package io.zonewright.export;

import io.zonewright.text.Visible;

import java.util.List;

/** What an export tells its user: per target what it wrote, then everything it could not express. */
public final class ExportSummary {

    private ExportSummary() {
    }

    /** The summary as lines of text, every text from the design shown visibly. */
    public static String text(List<TargetOutput> outputs, OutputFolder.Outcome outcome) {
        StringBuilder out = new StringBuilder();
        for (TargetOutput o : outputs) {
            long written = o.files().stream().filter(f -> outcome.written().contains(f.path())).count();
            out.append(String.format("%-11s %d %s (%d written, %d unchanged), %d %s\n", o.target().cliName(),
                    o.files().size(), plural(o.files().size(), "file"), written, o.files().size() - written, o.rules(),
                    plural(o.rules(), "rule")));
        }
        for (String removed : outcome.removed()) {
            out.append("removed     ").append(removed).append('\n');
        }
        List<Unexpressed> unexpressed = outputs.stream().flatMap(o -> o.unexpressed().stream()).toList();
        if (!unexpressed.isEmpty()) {
            out.append("\nNot expressed (").append(unexpressed.size())
                    .append("), each noted in its file where it would have stood:\n");
            for (Unexpressed u : unexpressed) {
                out.append("  ").append(u.target().cliName()).append(": ").append(Visible.of(u.subject())).append(" in the ")
                        .append(Visible.of(u.place())).append(": ").append(Visible.of(u.reason())).append('\n');
            }
        }
        List<String> none = Export.enforcedByNone(outputs);
        if (!none.isEmpty()) {
            out.append("\nEnforced by none of these targets (no end is a host, a pod or a security group they manage):\n");
            none.forEach(id -> out.append("  ").append(Visible.of(id)).append('\n'));
        }
        List<String> warnings = outputs.stream().flatMap(o -> o.warnings().stream()).toList();
        if (!warnings.isEmpty()) {
            out.append('\n');
            warnings.forEach(w -> out.append("warning: ").append(Visible.of(w)).append('\n'));
        }
        return out.toString();
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }
}
