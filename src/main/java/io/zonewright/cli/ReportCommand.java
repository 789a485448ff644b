package io.zonewright.cli;

import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Analyzer;
import io.zonewright.export.Export;
import io.zonewright.export.ExportOptions;
import io.zonewright.export.GeneratedFile;
import io.zonewright.export.Target;
import io.zonewright.io.LoadResult;
import io.zonewright.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"One self-contained HTML page for a review meeting, DIR/index.html: the diagram in the colours of "
                + "its findings, the zones and their policy, the connection table, the findings with their paths and "
                + "fixes, the waivers with owners and expiry. It prints on A4.",
                "Exit 0 when written, 2 when the design could not be read or the page not written."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write index.html into.")
    Path out;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = OptionValues.Day.class,
            description = "The day waivers are checked against (default: today).")
    LocalDate today;

    @Parameters(index = "0", paramLabel = "FILE", description = "A design file (YAML).")
    Path file;

    @Override
    public Integer call() {
        LoadResult design = DesignFiles.load(file, spec.commandLine().getErr());
        if (!design.isValid()) {
            return ExitCodes.BAD_INPUT;
        }
        Topology topology = design.topology();
        AnalysisOptions options = today == null ? AnalysisOptions.defaults() : AnalysisOptions.defaults().withToday(today);
        // The page is the documentation export's: one resolution of the design, whichever way it is asked for.
        String page = Export.run(topology, EnumSet.of(Target.DOCS), ExportOptions.defaults(), () -> Analyzer.analyze(topology, options))
                .get(0).files().stream().filter(f -> f.path().equals("docs/index.html")).map(GeneratedFile::content)
                .findFirst().orElseThrow();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            spec.commandLine().getErr().println("zonewright: cannot make the folder " + out + " (" + e.getMessage() + ")");
            return ExitCodes.BAD_INPUT;
        }
        return Output.write(spec.commandLine(), out.resolve("index.html"), page);
    }
}
