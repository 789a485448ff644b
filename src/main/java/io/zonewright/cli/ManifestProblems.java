package io.zonewright.cli;

import io.zonewright.io.Diagnostic;
import io.zonewright.kube.Manifests;

import java.io.PrintWriter;

/** Prints what could not be read in manifests, one problem a line with its file, line and column. */
final class ManifestProblems {

    private ManifestProblems() {
    }

    /** Prints the problems; returns whether there were any. */
    static boolean report(PrintWriter err, Manifests manifests) {
        for (Diagnostic d : manifests.problems().all()) {
            err.println(d);
        }
        err.flush();
        return !manifests.problems().isEmpty();
    }
}
