package io.zonewright.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Parse design files and check their references.",
                "Exit 0 when all are valid, 2 when any is not; problems go to stderr as FILE:LINE:COLUMN: message."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Design files (YAML).")
    List<Path> files;

    @Override
    public Integer call() {
        boolean allValid = true;
        for (Path file : files) {
            boolean valid = DesignFiles.load(file, spec.commandLine().getErr()).isValid();
            if (valid) {
                spec.commandLine().getOut().println(file + ": valid");
            }
            allValid &= valid;
        }
        return allValid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
