package io.zonewright.cli;

import io.zonewright.imports.KubernetesImport;
import io.zonewright.kube.Connectivity;
import io.zonewright.kube.Manifests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "kubernetes", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"A design from Kubernetes objects: namespaces become zones, workloads services bound to their pods, "
                + "what the NetworkPolicies allow connections (purpose 'imported'), and the zone policy what those "
                + "connections need. Zone roles and service kinds are guessed from names: review them."})
final class KubernetesImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The design file to write (- for standard output).")
    Path output;

    @Option(names = "--zone-label", paramLabel = "KEY", description = "Make zones of the values of this namespace label instead of the namespaces.")
    String zoneLabel;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "Imported cluster", description = "The design's name (default: ${DEFAULT-VALUE}).")
    String name;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Manifest files or folders (YAML or JSON).")
    List<Path> paths;

    @Override
    public Integer call() {
        Manifests manifests = Manifests.read(paths);
        if (ManifestProblems.report(spec.commandLine().getErr(), manifests)) {
            return ExitCodes.BAD_INPUT;
        }
        return ImportCommand.write(spec.commandLine(), KubernetesImport.of(Connectivity.of(manifests), zoneLabel, name), output);
    }
}
