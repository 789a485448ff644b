package io.zonewright.cli;

import io.zonewright.compare.AuditResult;
import io.zonewright.compare.DriftWaivers;
import io.zonewright.compare.HostAudit;
import io.zonewright.compare.KubernetesAudit;
import io.zonewright.export.ExportOptions;
import io.zonewright.hostfw.Ruleset;
import io.zonewright.io.LoadResult;
import io.zonewright.kube.Connectivity;
import io.zonewright.kube.Manifests;
import io.zonewright.model.Service;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = OptionValues.Day.class,
            description = "The day the design's drift waivers are checked against (default: today).")
    LocalDate today;

    @Parameters(index = "0", paramLabel = "FILE", description = "A design file (YAML).")
    Path file;

    @Override
    public Integer call() {
        if (kubernetes.isEmpty() && nftables.isEmpty() && iptables.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "say what to audit against: --kubernetes PATH..., --nftables HOST=FILE... or --iptables HOST=FILE...");
        }
        ExportOptions options = new ExportOptions(0, false, OptionValues.hostOutbound(spec.commandLine(), hostOutbound));
        List<HostRuleset> rulesets = new ArrayList<>();
        nftables.forEach(text -> rulesets.add(HostRuleset.parse(spec.commandLine(), text, true)));
        iptables.forEach(text -> rulesets.add(HostRuleset.parse(spec.commandLine(), text, false)));
        PrintWriter err = spec.commandLine().getErr();
        LoadResult design = DesignFiles.load(file, err);
        if (!design.isValid()) {
            return ExitCodes.BAD_INPUT;
        }
        // The rulesets of one host (by id or by address) are audited together: each decides its family.
        Map<Service, List<HostRuleset>> hosts = new LinkedHashMap<>();
        for (HostRuleset r : rulesets) {
            Service host = HostAudit.locate(design.topology(), r.host());
            if (host == null) {
                err.println(Visible.of(r.host()) + ": no service of the design has this id or address");
                return ExitCodes.BAD_INPUT;
            }
            hosts.computeIfAbsent(host, k -> new ArrayList<>()).add(r);
        }
        List<AuditResult> audits = new ArrayList<>();
        if (!kubernetes.isEmpty()) {
            Manifests manifests = Manifests.read(kubernetes);
            if (ManifestProblems.report(err, manifests)) {
                return ExitCodes.BAD_INPUT;
            }
            audits.add(KubernetesAudit.of(design.topology(), Connectivity.of(manifests),
                    "Kubernetes objects (" + String.join(", ", kubernetes.stream().map(Path::toString).toList()) + ")"));
        }
        for (Map.Entry<Service, List<HostRuleset>> h : hosts.entrySet()) {
            List<Ruleset> read = new ArrayList<>();
            for (HostRuleset r : h.getValue()) {
                Ruleset ruleset = r.read();
                ruleset.problems().forEach(err::println);
                if (!ruleset.problems().isEmpty()) {
                    return ExitCodes.BAD_INPUT;
                }
                read.add(ruleset);
            }
            audits.add(HostAudit.of(design.topology(), h.getKey(), read, options, "host " + h.getKey().id()
                    + " (" + String.join(", ", h.getValue().stream().map(r -> r.file().toString()).toList()) + ")"));
        }
        LocalDate day = today == null ? LocalDate.now() : today;
        audits.replaceAll(a -> DriftWaivers.apply(a, design.topology().waivers(), day));
        int written = Output.write(spec.commandLine(), output, format.render(DesignFiles.name(file), audits));
        if (written != ExitCodes.OK) {
            return written;
        }
        return audits.stream().anyMatch(a -> !a.drifts().isEmpty()) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
