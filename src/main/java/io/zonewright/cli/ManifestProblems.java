package io.zonewright.cli;

import io.zonewright.io.Diagnostic;
import io.zonewright.kube.Manifests;
import io.zonewright.text.Visible;

import java.io.PrintWriter;

/** Prints what could not be read in manifests, one problem a line with its file, line and column, and what was skipped. */
final class ManifestProblems {

    private ManifestProblems() {
    }

    /** Prints the problems, then what was skipped as a note; returns whether there were problems. */
    static boolean report(PrintWriter err, Manifests manifests) {
        for (Diagnostic d : manifests.problems().all()) {
            err.println(d);
        }
        if (!manifests.skippedKinds().isEmpty()) {
            err.println("note: skipped, as no connectivity depends on them: " + String.join(", ", manifests.skippedKinds()
                    .entrySet().stream().map(e -> e.getValue() + " " + Visible.of(e.getKey())).toList()));
        }
        err.flush();
        return !manifests.problems().isEmpty();
    }
}
