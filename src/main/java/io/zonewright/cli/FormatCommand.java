package io.zonewright.cli;

import io.zonewright.io.AtomicFiles;
import io.zonewright.io.LoadResult;
import io.zonewright.io.TopologyWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "format", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Rewrite design files in the canonical form (stable order and layout).",
                "With --check, change nothing and exit 1 if any file would change."})
final class FormatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "Only report files that are not canonical; exit 1 if any.")
    boolean check;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Design files (YAML); - reads standard input and writes the canonical form to standard output.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean badInput = false;
        boolean wouldChange = false;
        for (Path file : files) {
            LoadResult result = DesignFiles.load(file, err);
            if (!result.isValid()) {
                badInput = true;
                continue;
            }
            String canonical = TopologyWriter.toYaml(result.topology());
            if (file.toString().equals("-")) {
                // Standard input: the canonical form goes to standard output, as a filter's would.
                if (check) {
                    wouldChange |= !result.text().equals(canonical);
                } else {
                    out.print(canonical);
                }
                continue;
            }
            try {
                String current = result.text();
                if (current.equals(canonical)) {
                    continue;
                }
                if (check) {
                    out.println(file + ": not in canonical form");
                    wouldChange = true;
                } else {
                    AtomicFiles.writeString(file, canonical);
                    out.println(file + ": formatted");
                }
            } catch (IOException e) {
                err.println(file + ": cannot write: " + e.getMessage());
                badInput = true;
            }
        }
        if (badInput) {
            return ExitCodes.BAD_INPUT;
        }
        return wouldChange ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
