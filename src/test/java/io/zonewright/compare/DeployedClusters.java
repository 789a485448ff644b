package io.zonewright.compare;

import io.zonewright.Designs;
import io.zonewright.export.Export;
import io.zonewright.export.ExportOptions;
import io.zonewright.export.GeneratedFile;
import io.zonewright.export.Target;
import io.zonewright.kube.Connectivity;
import io.zonewright.kube.Manifests;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A design deployed to a cluster, for round trips: its exported policies, and a pod for each service bound to one. */
final class DeployedClusters {

    private DeployedClusters() {
    }

    static Stream<Path> samples() {
        return Stream.of(Designs.ARTICLE, Designs.SHOP, Designs.FLAWED);
    }

    /** The exported policies of each namespace, by file. */
    static Map<String, String> policies(Topology design) {
        Map<String, String> files = new TreeMap<>();
        Export.run(design, EnumSet.of(Target.KUBERNETES), ExportOptions.defaults(), () -> null).forEach(out -> {
            for (GeneratedFile f : out.files()) {
                if (!f.path().endsWith("kustomization.yaml")) {
                    files.put(f.path(), f.content());
                }
            }
        });
        return files;
    }

    /** A pod for every service that runs in Kubernetes, with its labels and listening ports: what the design deploys. */
    static String pods(Topology design) {
        StringBuilder out = new StringBuilder();
        for (Service s : design.services()) {
            if (s.deployment().kubernetes() == null) {
                continue;
            }
            out.append("---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: ").append(s.id()).append("\n  namespace: ")
                    .append(s.deployment().kubernetes().namespace()).append("\n  labels:\n");
            s.deployment().kubernetes().labels().forEach((k, v) -> out.append("    ").append(k).append(": \"").append(v).append("\"\n"));
            out.append("spec:\n  containers:\n    - name: main\n      ports:\n");
            for (PortSpec p : s.listens()) {
                if (p.protocol().hasPorts() && p.ports().isSingle()) {
                    out.append("        - containerPort: ").append(p.ports().first()).append("\n          protocol: ")
                            .append(p.protocol().name()).append('\n');
                }
            }
            out.append("      image: x\n");
        }
        return out.toString();
    }

    /** What the policies allow between the design's pods. */
    static Connectivity connectivity(Topology design, Map<String, String> policies) {
        StringBuilder all = new StringBuilder(pods(design));
        policies.values().forEach(text -> all.append("---\n").append(text));
        Manifests manifests = Manifests.parse(all.toString(), "deployed.yaml");
        assertTrue(manifests.problems().isEmpty(), () -> manifests.problems().all().toString());
        return Connectivity.of(manifests);
    }
}
