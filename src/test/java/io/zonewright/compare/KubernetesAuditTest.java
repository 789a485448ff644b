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

    private static List<String> drifts(Topology design, Map<String, String> policies) {
        return KubernetesAudit.of(design, DeployedClusters.connectivity(design, policies), "export").drifts().stream()
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.zonewright.compare.DeployedClusters#samples")
    void aDesignAuditedAgainstItsOwnExportHasNoDrift(Path sample) {
        Topology design = Designs.load(sample);
        assertEquals(List.of(), drifts(design, DeployedClusters.policies(design)));
    }

    @Test
    void aRemovedPolicyIsExactlyItsConnectionsMissing() {
        Map<String, String> policies = DeployedClusters.policies(SHOP);
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
        Map<String, String> policies = DeployedClusters.policies(SHOP);
        String shop = policies.get("kubernetes/shop.yaml");
        // The cart's ingress rule for checkout and frontend also admits a range of addresses.
        String widened = shop.replaceFirst("(?s)(name: zw-cart\n.*?ingress:\n    - from:\n)", "$1        - ipBlock:\n            cidr: 10.0.0.0/8\n");
        assertTrue(!widened.equals(shop), "the test edits the policy it means to");
        policies.put("kubernetes/shop.yaml", widened);
        assertEquals(List.of("BROADER 10.0.0.0/8 -> cart TCP 7070"), drifts(SHOP, policies));
    }
}
