package io.zonewright.cli;

import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Analyzer;
import io.zonewright.analysis.Severity;
import io.zonewright.io.Diagnostic;
import io.zonewright.io.LoadResult;
import io.zonewright.report.AnalyzedFile;
import io.zonewright.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Analyse design files for least-privilege and zone-crossing violations.",
                "Exit 1 when a finding is at or above --fail-on, 0 otherwise, 2 on bad input."})
final class CheckCommand implements Callable<Integer> {

    /** --fail-on values: a severity, or never. */
    enum Threshold {
        critical, high, medium, low, never;

        Severity severity() {
            return this == never ? null : Severity.parse(name());
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, sarif or markdown (default: ${DEFAULT-VALUE}).",
            defaultValue = "text", converter = FormatConverter.class)
    ReportFormat format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high", converter = OptionValues.FailOn.class,
            description = "critical, high, medium, low or never (default: ${DEFAULT-VALUE}).")
    Threshold failOn;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--blast-radius-share", paramLabel = "SHARE", defaultValue = "0.5", converter = OptionValues.Share.class,
            description = "Report services whose compromise reaches more than this share of all services (default: ${DEFAULT-VALUE}).")
    double blastRadiusShare;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = OptionValues.Day.class,
            description = "The day waivers are checked against (default: today).")
    LocalDate today;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Design files (YAML).")
    List<Path> files;

    @Override
    public Integer call() {
        AnalysisOptions options = AnalysisOptions.defaults().withBlastRadiusShare(blastRadiusShare);
        if (today != null) {
            options = options.withToday(today);
        }
        List<AnalyzedFile> analyzed = new ArrayList<>();
        List<Diagnostic> unreadable = new ArrayList<>();
        for (Path file : files) {
            LoadResult result = DesignFiles.load(file, spec.commandLine().getErr());
            if (result.isValid()) {
                analyzed.add(new AnalyzedFile(DesignFiles.name(file), Analyzer.analyze(result.topology(), options)));
            } else {
                unreadable.addAll(result.errors());
            }
        }
        // The files that were read are reported even when another was not; the exit code says it was not.
        String rendered = format.render(analyzed, unreadable);
        if (Output.write(spec.commandLine(), output, rendered) != ExitCodes.OK || !unreadable.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        boolean fails = analyzed.stream().anyMatch(a -> a.report().failsAt(failOn.severity()));
        return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
