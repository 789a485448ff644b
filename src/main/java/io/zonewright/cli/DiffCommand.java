package io.zonewright.cli;

import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.compare.DesignDiff;
import io.zonewright.io.Diagnostic;
import io.zonewright.io.GitRevision;
import io.zonewright.io.LoadResult;
import io.zonewright.io.TopologyReader;
import io.zonewright.report.DiffFormat;
import io.zonewright.text.Visible;
import picocli.CommandLine;
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

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"What a change to a design does: zones, services, connections (widened or narrowed), zone policy "
                + "and waivers added, removed or changed; the flows it opens, widens and closes; the findings it "
                + "introduces and resolves. Compare two files, or a file with itself at a git revision (--git).",
                "Exit 0 when the designs are the same, 1 when they differ, 2 when one could not be read."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "FILE", description = "OLD.yaml NEW.yaml, or FILE with --git.")
    List<Path> files;

    @Option(names = "--git", paramLabel = "REV", description = "Compare FILE with itself at this git revision (e.g. origin/main, HEAD~1).")
    String git;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = OptionValues.Diff.class,
            description = "text, json, markdown or sarif (default: ${DEFAULT-VALUE}).")
    DiffFormat format;

    @CommandLine.Mixin
    ReportOptions report;

    @Override
    public Integer call() {
        if ((git == null) != (files.size() == 2)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    git == null ? "give OLD.yaml NEW.yaml, or FILE --git REV" : "--git compares one FILE with its past");
        }
        PrintWriter err = spec.commandLine().getErr();
        Path newFile = files.get(files.size() - 1);
        String oldName = git == null ? DesignFiles.name(files.get(0)) : git + ":" + newFile;
        LoadResult old = git == null ? DesignFiles.load(files.get(0), err) : atRevision(newFile, err);
        LoadResult now = DesignFiles.load(newFile, err);
        if (old == null || !old.isValid() || !now.isValid()) {
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        AnalysisOptions options = AnalysisOptions.defaults().withToday(report.day());
        DesignDiff diff = DesignDiff.of(old.topology(), now.topology(), options);
        int written = Output.write(spec.commandLine(), report.output, format.render(oldName, DesignFiles.name(newFile), diff));
        if (written != ExitCodes.OK) {
            return written;
        }
        return diff.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** The file as it was at the revision, with every problem it has printed. */
    private LoadResult atRevision(Path file, PrintWriter err) {
        try {
            LoadResult result = TopologyReader.parse(GitRevision.read(file, git), git + ":" + file);
            result.errors().stream().map(Diagnostic::toString).forEach(err::println);
            return result;
        } catch (IOException e) {
            err.println(Visible.of(file.toString()) + ": " + Visible.of(e.getMessage()));
            return null;
        }
    }
}
