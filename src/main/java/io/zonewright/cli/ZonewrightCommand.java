package io.zonewright.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Set;

/** The {@code zonewright} command and its subcommands. */
@Command(name = "zonewright",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Design, check and export network isolation: trust zones, services and the connections "
                + "allowed between them.", "",
                "Without a command, opens the editor (on FILE when given)."},
        subcommands = {ValidateCommand.class, FormatCommand.class, CheckCommand.class, ReachCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class})
public final class ZonewrightCommand implements Runnable {

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** No arguments, or a single argument that is neither a command nor an option: the user wants the editor. */
    public static boolean opensEditor(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1 || args[0].startsWith("-") || TOP_LEVEL_OPTIONS.contains(args[0])) {
            return false;
        }
        return !new CommandLine(new ZonewrightCommand()).getSubcommands().containsKey(args[0]);
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command with the given streams; returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ZonewrightCommand())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println("zonewright: internal error: " + e);
                    return ExitCodes.BAD_INPUT;
                });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
