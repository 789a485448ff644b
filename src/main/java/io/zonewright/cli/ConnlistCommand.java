package io.zonewright.cli;

import io.zonewright.kube.Connectivity;
import io.zonewright.kube.ConnlistFormat;
import io.zonewright.kube.Manifests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "connlist", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the connectivity that the NetworkPolicies of Kubernetes manifests allow between workloads, "
                + "addresses outside the cluster and the ingress controller.",
                "PATH is a file or a folder (read recursively) of YAML or JSON objects. The txt format is line for "
                        + "line that of np-guard's netpol-analyzer.",
                "Exit 0 when done, 2 when a document could not be read (what was read is still listed)."})
final class ConnlistCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "txt", converter = OptionValues.Connlist.class,
            description = "txt, csv, json, md or dot (default: ${DEFAULT-VALUE}).")
    ConnlistFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the list to FILE instead of standard output.")
    Path output;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Manifest files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        Manifests manifests = Manifests.read(paths);
        Connectivity connectivity = Connectivity.of(manifests);
        int written = Output.write(spec.commandLine(), output, format.render(connectivity));
        return ManifestProblems.report(spec.commandLine().getErr(), manifests) ? ExitCodes.BAD_INPUT : written;
    }
}
