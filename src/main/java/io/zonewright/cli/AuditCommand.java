package io.zonewright.cli;

import io.zonewright.compare.AuditResult;
import io.zonewright.compare.Deployed;
import io.zonewright.export.ExportOptions;
import io.zonewright.hostfw.HostFile;
import io.zonewright.hostfw.RulesetFormat;
import io.zonewright.io.Progress;
import io.zonewright.io.LoadResult;
import io.zonewright.report.AuditFormat;
import io.zonewright.text.Visible;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compare a design with what is deployed and list every difference: missing (documented, not "
                + "allowed), extra (allowed, not documented) and broader (allowed wider than documented), each with "
                + "the rule that causes it. Drift the design waives (rules ZW401 missing, ZW402 extra, ZW403 broader, "
                + "target 'FROM -> TO: PORTS' as reported) is listed apart and is not drift.",
                "Exit 0 when there is no drift, 1 when there is, 2 when an input could not be read."})
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kubernetes", paramLabel = "PATH", arity = "1..*",
            description = "Kubernetes objects (files or folders, YAML or JSON) to audit against.")
    List<Path> kubernetes = new ArrayList<>();

    @Option(names = "--nftables", paramLabel = "HOST=RULESET.json", arity = "1..*",
            description = "A host's 'nft -j list ruleset' output; HOST is a service id or one of its addresses.")
    List<String> nftables = new ArrayList<>();

    @Option(names = "--iptables", paramLabel = "HOST=SAVE.txt", arity = "1..*",
            description = "A host's iptables-save or ip6tables-save output (give both for one host to compare both families).")
    List<String> iptables = new ArrayList<>();

    @Option(names = "--host-outbound", paramLabel = "LIST", defaultValue = "dns,ntp,dhcp", split = ",",
            description = "What the hosts open for themselves, as the export was made with (default: ${DEFAULT-VALUE}).")
    List<String> hostOutbound;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = OptionValues.Audit.class,
            description = "text, json, markdown or sarif (default: ${DEFAULT-VALUE}).")
    AuditFormat format;

    @CommandLine.Mixin
    ReportOptions report;

    @Parameters(index = "0", paramLabel = "FILE", description = "A design file (YAML).")
    Path file;

    @Override
    public Integer call() {
        if (kubernetes.isEmpty() && nftables.isEmpty() && iptables.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "say what to audit against: --kubernetes PATH..., --nftables HOST=FILE... or --iptables HOST=FILE...");
        }
        ExportOptions options = new ExportOptions(0, false, OptionValues.hostOutbound(spec.commandLine(), hostOutbound));
        List<HostFile> hosts = new ArrayList<>();
        nftables.forEach(text -> hosts.add(hostFile(text, RulesetFormat.NFTABLES)));
        iptables.forEach(text -> hosts.add(hostFile(text, RulesetFormat.IPTABLES)));
        PrintWriter err = spec.commandLine().getErr();
        LoadResult design = DesignFiles.load(file, err);
        if (!design.isValid()) {
            return ExitCodes.BAD_INPUT;
        }
        Deployed deployed = Deployed.read(kubernetes, hosts, Progress.NONE);
        deployed.problems().forEach(err::println);
        List<String> unknown = deployed.unknownHosts(design.topology());
        unknown.forEach(h -> err.println(Visible.of(h) + ": no service of the design has this id or address"));
        if (!deployed.problems().isEmpty() || !unknown.isEmpty()) {
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        List<AuditResult> audits = deployed.audit(design.topology(), options, report.day());
        int written = Output.write(spec.commandLine(), report.output, format.render(DesignFiles.name(file), audits));
        if (written != ExitCodes.OK) {
            return written;
        }
        return audits.stream().anyMatch(a -> !a.drifts().isEmpty()) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private HostFile hostFile(String text, RulesetFormat format) {
        try {
            return HostFile.parse(text, format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
