package io.zonewright.cli;

import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Paths;
import io.zonewright.analysis.TopologyGraph;
import io.zonewright.io.LoadResult;
import io.zonewright.text.Visible;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "reach", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print who can reach whom through chains of allowed connections, with the shortest path.",
                "--from lists what a service (or a broad source such as zone:public) reaches; --to lists who "
                        + "reaches a service; both print the path between them. Exit 1 when --from and --to are "
                        + "given and a path exists, 0 when none does."})
final class ReachCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "ID", description = "A service id, or a source as written in the file.")
    String from;

    @Option(names = "--to", paramLabel = "ID", description = "A service id.")
    String to;

    @Parameters(index = "0", paramLabel = "FILE", description = "A design file (YAML).")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadResult result = DesignFiles.load(file, err);
        if (!result.isValid()) {
            return ExitCodes.BAD_INPUT;
        }
        TopologyGraph g = new AnalysisContext(result.topology(), AnalysisOptions.defaults()).graph();
        int source = from == null ? -1 : g.vertexOf(from);
        int target = to == null ? -1 : g.vertexOf(to);
        if (from != null && source < 0 || to != null && (target < 0 || !g.isService(target))) {
            err.println(Visible.of(DesignFiles.name(file)) + ": no service or source '"
                    + Visible.of(from != null && source < 0 ? from : to) + "'");
            return ExitCodes.BAD_INPUT;
        }
        if (source >= 0 && source == target) {
            // What a service reaches is always another service, in every listing: a path to itself is none.
            err.println("--from and --to name the same service '" + Visible.of(from) + "': give two different ones");
            return ExitCodes.BAD_INPUT;
        }
        if (source >= 0 && target >= 0) {
            Paths paths = Paths.from(g, List.of(source));
            if (!paths.reached(target)) {
                out.println(from + " cannot reach " + to);
                return ExitCodes.OK;
            }
            out.println(String.join(" -> ", paths.labelsTo(target)));
            return ExitCodes.FINDINGS;
        }
        if (source >= 0) {
            printReached(out, g, Paths.from(g, List.of(source)), source);
        } else if (target >= 0) {
            printReached(out, g, Paths.to(g, target), target);
        } else {
            for (int v = 0; v < g.serviceCount(); v++) {
                out.println(g.label(v) + ":");
                printReached(out, g, Paths.from(g, List.of(v)), v);
            }
        }
        return ExitCodes.OK;
    }

    private static void printReached(PrintWriter out, TopologyGraph g, Paths paths, int start) {
        boolean any = false;
        for (int v = 0; v < g.serviceCount(); v++) {
            if (v != start && paths.reached(v)) {
                out.println("  " + String.join(" -> ", paths.labelsTo(v)));
                any = true;
            }
        }
        if (!any) {
            out.println("  (none)");
        }
    }
}
