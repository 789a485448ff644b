package io.zonewright.cli;

import io.zonewright.compare.AuditResult;
import io.zonewright.compare.KubernetesAudit;
import io.zonewright.io.LoadResult;
import io.zonewright.kube.Connectivity;
import io.zonewright.kube.Manifests;
import io.zonewright.report.AuditFormat;
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

@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compare a design with what is deployed and list every difference: missing (documented, not "
                + "allowed), extra (allowed, not documented) and broader (allowed wider than documented), each with "
                + "the rule that causes it.",
                "Exit 0 when there is no drift, 1 when there is, 2 when an input could not be read."})
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kubernetes", paramLabel = "PATH", arity = "1..*",
            description = "Kubernetes objects (files or folders, YAML or JSON) to audit against.")
    List<Path> kubernetes = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = OptionValues.Audit.class,
            description = "text, json, markdown or sarif (default: ${DEFAULT-VALUE}).")
    AuditFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Parameters(index = "0", paramLabel = "FILE", description = "A design file (YAML).")
    Path file;

    @Override
    public Integer call() {
        if (kubernetes.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "say what to audit against: --kubernetes PATH...");
        }
        LoadResult design = DesignFiles.load(file, spec.commandLine().getErr());
        if (!design.isValid()) {
            return ExitCodes.BAD_INPUT;
        }
        List<AuditResult> audits = new ArrayList<>();
        Manifests manifests = Manifests.read(kubernetes);
        if (ManifestProblems.report(spec.commandLine().getErr(), manifests)) {
            return ExitCodes.BAD_INPUT;
        }
        audits.add(KubernetesAudit.of(design.topology(), Connectivity.of(manifests),
                "Kubernetes objects (" + String.join(", ", kubernetes.stream().map(Path::toString).toList()) + ")"));
        int written = Output.write(spec.commandLine(), output, format.render(DesignFiles.name(file), audits));
        if (written != ExitCodes.OK) {
            return written;
        }
        return audits.stream().anyMatch(a -> !a.drifts().isEmpty()) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
