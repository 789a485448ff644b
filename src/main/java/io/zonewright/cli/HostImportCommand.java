package io.zonewright.cli;

import io.zonewright.compare.Deployed;
import io.zonewright.hostfw.HostFile;
import io.zonewright.hostfw.RulesetFormat;
import io.zonewright.imports.HostImport;
import io.zonewright.io.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code import nftables} and {@code import iptables}: a design from hosts' rulesets. A host is given as
 * {@code ADDRESS=FILE} or {@code NAME@ADDRESS=FILE}; the files of one host (IPv4 and IPv6) are read together.
 */
abstract class HostImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The design file to write (- for standard output).")
    Path output;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "Imported hosts", description = "The design's name (default: ${DEFAULT-VALUE}).")
    String name;

    @Parameters(paramLabel = "HOST=FILE", arity = "1..*", description = "A host (ADDRESS or NAME@ADDRESS) and its ruleset.")
    List<String> hosts;

    private final RulesetFormat format;

    HostImportCommand(RulesetFormat format) {
        this.format = format;
    }

    @Override
    public Integer call() {
        List<HostFile> files = new ArrayList<>();
        for (String text : hosts) {
            try {
                HostFile file = HostFile.parse(text, format);
                HostImport.address(file.host());
                files.add(file);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + " (give ADDRESS=FILE or NAME@ADDRESS=FILE)");
            }
        }
        Deployed read = Deployed.read(List.of(), files, Progress.NONE);
        if (!read.problems().isEmpty()) {
            read.problems().forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        return ImportCommand.write(spec.commandLine(), HostImport.of(HostImport.hosts(files, read.rulesets()), name), output);
    }

    /** What both commands do, after the name of what they read. */
    private static final String WHAT = " output: each host a service in the zone of its subnet, what it admits and opens "
            + "connections, from and to the other hosts where their addresses are.";

    @Command(name = "nftables", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "A design from hosts' 'nft -j list ruleset'" + WHAT)
    static final class Nftables extends HostImportCommand {
        Nftables() {
            super(RulesetFormat.NFTABLES);
        }
    }

    @Command(name = "iptables", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "A design from hosts' iptables-save (and ip6tables-save)" + WHAT)
    static final class Iptables extends HostImportCommand {
        Iptables() {
            super(RulesetFormat.IPTABLES);
        }
    }
}
