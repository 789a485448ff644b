package io.zonewright.cli;

import io.zonewright.text.Visible;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The {@code zonewright} command and its subcommands. */
@Command(name = "zonewright",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Design, check and export network isolation: trust zones, services and the connections "
                + "allowed between them.", "",
                "Without a command, opens the editor (on FILE when given)."})
public final class ZonewrightCommand implements Runnable {

    /**
     * The commands, in the order help lists them. Only the one that runs is built: picocli reflects over
     * every option of every command it is given, which was a fifth of a short command's whole run.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("validate", ValidateCommand::new);
        commands.put("format", FormatCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("reach", ReachCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("connlist", ConnlistCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("audit", AuditCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("report", ReportCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /** The command the arguments run alone, or all of them when they ask for help or name none. */
    private static CommandLine withCommands(CommandLine root, String[] args) {
        String first = args.length == 0 ? "" : args[0];
        boolean one = COMMANDS.containsKey(first) && !first.equals("help");
        COMMANDS.forEach((name, command) -> {
            if (!one || name.equals(first)) {
                root.addSubcommand(name, command.get());
            }
        });
        return root;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /**
     * No arguments, or a single argument that names a design (an existing file, or a .yaml or .yml file):
     * the user wants the editor. Any other single word is taken for a command, so that a typo is told so.
     */
    public static boolean opensEditor(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1 || args[0].startsWith("-") || TOP_LEVEL_OPTIONS.contains(args[0])) {
            return false;
        }
        String lower = args[0].toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
    }

    /**
     * A usage error, in one style for every command: the command, what is wrong with the value given and
     * what is accepted, then where the help is. An unknown word where a command belongs is said to be one.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && command.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + unmatched.getUnmatched().get(0) + "' (commands: "
                    + String.join(", ", COMMANDS.keySet().stream().filter(c -> !c.equals("help")).toList()) + ")";
        }
        err.println(name + ": " + Visible.of(message));
        err.println("See '" + name + " --help'.");
        return ExitCodes.BAD_INPUT;
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command with the given streams; returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = withCommands(new CommandLine(new ZonewrightCommand()), args)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(ZonewrightCommand::usageError)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println("zonewright: internal error: " + Visible.of(String.valueOf(e)));
                    return ExitCodes.BAD_INPUT;
                });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
