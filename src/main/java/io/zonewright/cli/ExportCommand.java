package io.zonewright.cli;

import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Analyzer;
import io.zonewright.export.Export;
import io.zonewright.export.ExportOptions;
import io.zonewright.export.ExportSummary;
import io.zonewright.export.GeneratedFile;
import io.zonewright.export.OutputFolder;
import io.zonewright.export.Target;
import io.zonewright.export.TargetOutput;
import io.zonewright.export.HostOutbound;
import io.zonewright.io.LoadResult;
import io.zonewright.model.Topology;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write what enforces and documents a design: host firewalls (nftables, iptables), Kubernetes "
                + "NetworkPolicies, AWS security groups and network ACLs (Terraform), documentation and CSV tables.",
                "Each target writes into its folder of DIR. Exporting again replaces only the files the export made "
                        + "and removes those that no longer apply; a failed export leaves DIR as it was.",
                "Exit 0 when done, 1 with --strict when a connection could not be expressed, 2 on bad input."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "T[,T...]", required = true, split = ",",
            description = "nftables, iptables, kubernetes, aws, docs, csv or all.")
    List<String> targets;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The output folder.")
    Path out;

    @Option(names = "--strict", description = "Exit 1 when any connection could not be expressed by a target.")
    boolean strict;

    @Option(names = "--nft-priority", paramLabel = "N", defaultValue = "0",
            description = "Base-chain priority of the nftables rulesets, relative to filter (negative runs before "
                    + "Docker's and CNI chains; default: ${DEFAULT-VALUE}).")
    int nftPriority;

    @Option(names = "--forward", description = "Also filter forwarded traffic, on hosts that route containers.")
    boolean forward;

    @Option(names = "--host-outbound", paramLabel = "LIST", defaultValue = "dns,ntp,dhcp", split = ",",
            description = "What hosts open for themselves: dns, ntp, dhcp, or none (default: ${DEFAULT-VALUE}).")
    List<String> hostOutbound;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = OptionValues.Day.class, description = "The day waivers are checked against in the documentation (default: today).")
    LocalDate today;

    @Parameters(index = "0", paramLabel = "FILE", description = "A design file (YAML).")
    Path file;

    @Override
    public Integer call() {
        Set<Target> chosen = EnumSet.noneOf(Target.class);
        try {
            targets.forEach(t -> chosen.addAll(t.equals("all") ? EnumSet.allOf(Target.class) : EnumSet.of(Target.parse(t))));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Set<HostOutbound> outbound = OptionValues.hostOutbound(spec.commandLine(), hostOutbound);
        LoadResult result = DesignFiles.load(file, spec.commandLine().getErr());
        if (!result.isValid()) {
            return ExitCodes.BAD_INPUT;
        }
        Topology topology = result.topology();
        AnalysisOptions analysis = today == null ? AnalysisOptions.defaults() : AnalysisOptions.defaults().withToday(today);
        List<TargetOutput> outputs = Export.run(topology, chosen, new ExportOptions(nftPriority, forward, outbound),
                () -> Analyzer.analyze(topology, analysis));
        List<GeneratedFile> files = new ArrayList<>();
        outputs.forEach(o -> files.addAll(o.files()));
        OutputFolder.Outcome outcome;
        try {
            outcome = new OutputFolder(out).write(chosen, files);
        } catch (IOException e) {
            spec.commandLine().getErr().println(out + ": export failed, nothing changed: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().print(ExportSummary.text(outputs, outcome));
        boolean incomplete = outputs.stream().anyMatch(o -> !o.unexpressed().isEmpty());
        return strict && incomplete ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
