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
import io.zonewright.imports.Imported;
import io.zonewright.imports.KubernetesImport;
import io.zonewright.model.PortSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A design audited against its own Kubernetes export: no drift, and exactly the drift of a tampered policy. */
class KubernetesAuditTest {

    private static final Topology SHOP = Designs.load(Designs.SHOP);

    /** The exported policies of each namespace, by file. */
    private static Map<String, String> export(Topology design) {
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
    private static String pods(Topology design) {
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

    private static List<String> drifts(Topology design, Map<String, String> policies) {
        StringBuilder all = new StringBuilder(pods(design));
        policies.values().forEach(text -> all.append("---\n").append(text));
        Manifests manifests = Manifests.parse(all.toString(), "deployed.yaml");
        assertTrue(manifests.problems().isEmpty(), () -> manifests.problems().all().toString());
        return KubernetesAudit.of(design, Connectivity.of(manifests), "export").drifts().stream()
                .map(d -> d.kind() + " " + d.from().label() + " -> " + d.to().label() + " " + d.ports()
                        + (d.connections().isEmpty() ? "" : " " + d.connections())).toList();
    }

    static Stream<Path> clusters() throws IOException, URISyntaxException {
        return Files.list(Path.of(KubernetesAuditTest.class.getResource("/netpol-analyzer").toURI())).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clusters")
    void aClusterAuditedAgainstTheDesignImportedFromItDriftsOnlyInWhatADesignCannotHold(Path cluster) {
        Connectivity connectivity = Connectivity.of(Manifests.read(List.of(cluster.resolve("input"))));
        Imported imported = KubernetesImport.of(connectivity, null, "imported");
        List<Drift> drifts = KubernetesAudit.of(imported.topology(), connectivity, "cluster").drifts();
        boolean sctpNoted = imported.notes().stream().anyMatch(n -> n.contains("SCTP"));
        PortSet sctp = PortSet.whole(PortSet.Transport.SCTP);
        assertTrue(drifts.stream().allMatch(d -> sctpNoted && sctp.containsAll(d.ports())), drifts::toString);
    }

    @Test
    void aDesignAuditedAgainstItsOwnExportHasNoDrift() {
        assertEquals(List.of(), drifts(SHOP, export(SHOP)));
    }

    @Test
    void aRemovedPolicyIsExactlyItsConnectionsMissing() {
        Map<String, String> policies = export(SHOP);
        String shop = policies.get("kubernetes/shop.yaml");
        int start = shop.indexOf("---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: zw-cart\n");
        int end = shop.indexOf("---\n", start + 4);
        policies.put("kubernetes/shop.yaml", shop.substring(0, start) + shop.substring(end));
        assertEquals(List.of(
                "MISSING cart -> cart-redis TCP 6379 [cart->cart-redis:6379/tcp]",
                "MISSING checkout -> cart TCP 7070 [checkout->cart:7070/tcp]",
                "MISSING frontend -> cart TCP 7070 [frontend->cart:7070/tcp]",
                "MISSING prometheus -> cart TCP 9090 [metrics-scraping]"), drifts(SHOP, policies));
    }

    @Test
    void aWidenedPolicyIsBroaderAndNamesIt() {
        Map<String, String> policies = export(SHOP);
        String shop = policies.get("kubernetes/shop.yaml");
        // The cart's ingress rule for checkout and frontend also admits a range of addresses.
        String widened = shop.replaceFirst("(?s)(name: zw-cart\n.*?ingress:\n    - from:\n)", "$1        - ipBlock:\n            cidr: 10.0.0.0/8\n");
        assertTrue(!widened.equals(shop), "the test edits the policy it means to");
        policies.put("kubernetes/shop.yaml", widened);
        assertEquals(List.of("BROADER 10.0.0.0/8 -> cart TCP 7070"), drifts(SHOP, policies));
    }
}
