package io.zonewright.cli;

import io.zonewright.hostfw.IptablesSaveReader;
import io.zonewright.hostfw.NftJsonReader;
import io.zonewright.hostfw.Ruleset;
import io.zonewright.imports.HostImport;
import io.zonewright.model.Cidr;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

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

    private final Function<Path, Ruleset> reader;

    HostImportCommand(Function<Path, Ruleset> reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Map<Cidr, String> names = new LinkedHashMap<>();
        Map<Cidr, List<Ruleset>> rulesets = new LinkedHashMap<>();
        for (String text : hosts) {
            int eq = text.indexOf('=');
            String host = eq > 0 ? text.substring(0, eq) : "";
            int at = host.indexOf('@');
            Cidr address;
            try {
                address = Cidr.parse(at < 0 ? host : host.substring(at + 1));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "'" + text
                        + "' is not ADDRESS=FILE or NAME@ADDRESS=FILE (" + e.getMessage() + ")");
            }
            if (!address.isHost()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "'" + host + "' is a network, not a host's address");
            }
            Ruleset ruleset = reader.apply(Path.of(text.substring(eq + 1)));
            ruleset.problems().forEach(err::println);
            if (!ruleset.problems().isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            names.putIfAbsent(address, at < 0 ? address.toString() : host.substring(0, at));
            rulesets.computeIfAbsent(address, a -> new ArrayList<>()).add(ruleset);
        }
        List<HostImport.Host> read = new ArrayList<>();
        rulesets.forEach((address, list) -> read.add(new HostImport.Host(names.get(address), address, list)));
        return ImportCommand.write(spec.commandLine(), HostImport.of(read, name), output);
    }

    /** What both commands do, after the name of what they read. */
    private static final String WHAT = " output: each host a service in the zone of its subnet, what it admits and opens "
            + "connections, from and to the other hosts where their addresses are.";

    @Command(name = "nftables", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "A design from hosts' 'nft -j list ruleset'" + WHAT)
    static final class Nftables extends HostImportCommand {
        Nftables() {
            super(NftJsonReader::read);
        }
    }

    @Command(name = "iptables", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "A design from hosts' iptables-save (and ip6tables-save)" + WHAT)
    static final class Iptables extends HostImportCommand {
        Iptables() {
            super(IptablesSaveReader::read);
        }
    }
}
