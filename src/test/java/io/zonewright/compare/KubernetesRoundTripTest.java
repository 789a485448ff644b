package io.zonewright.compare;

import io.zonewright.Designs;
import io.zonewright.flows.Flow;
import io.zonewright.flows.Flows;
import io.zonewright.kube.Allowed;
import io.zonewright.kube.Connectivity;
import io.zonewright.kube.End;
import io.zonewright.model.PortSet;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A design's Kubernetes export, read back with the full NetworkPolicy semantics, allows between the
 * design's pods exactly the design's connections between Kubernetes-bound services: nothing more, nothing lost.
 */
class KubernetesRoundTripTest {

    private static final PortSet SAYABLE = PortSet.whole(PortSet.Transport.TCP).union(PortSet.whole(PortSet.Transport.UDP))
            .union(PortSet.whole(PortSet.Transport.SCTP));

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.zonewright.compare.DeployedClusters#samples")
    void theExportReadBackAllowsExactlyTheConnectionsBetweenPods(Path sample) {
        Topology design = Designs.load(sample);
        Connectivity deployed = DeployedClusters.connectivity(design, DeployedClusters.policies(design));
        Map<String, PortSet> allowed = new TreeMap<>();
        for (Allowed a : deployed.allowed()) {
            if (a.from() instanceof End.Pods && a.to() instanceof End.Pods) {
                allowed.merge(a.from().id() + " => " + a.to().id(), a.ports(), PortSet::union);
            }
        }
        Map<String, PortSet> documented = new TreeMap<>();
        for (Flow f : Flows.of(design).all()) {
            PortSet ports = PortSet.of(f.port()).intersection(SAYABLE);
            for (Service from : f.from().services()) {
                for (Service to : f.to().services()) {
                    if (from != to && isPod(from) && isPod(to) && !ports.isEmpty()) {
                        documented.merge(pod(from) + " => " + pod(to), ports, PortSet::union);
                    }
                }
            }
        }
        if (sample.equals(Designs.SHOP)) {
            assertFalse(documented.isEmpty(), "the shop runs in Kubernetes");
        }
        assertEquals(text(documented), text(allowed));
    }

    private static boolean isPod(Service s) {
        return s.deployment().kubernetes() != null;
    }

    /** How the connectivity list names the pod that {@link DeployedClusters#pods} makes for a service. */
    private static String pod(Service s) {
        return s.deployment().kubernetes().namespace() + "/" + s.id() + "[Pod]";
    }

    private static String text(Map<String, PortSet> pairs) {
        StringBuilder out = new StringBuilder();
        pairs.forEach((pair, ports) -> out.append(pair).append(" : ").append(Connectivity.text(ports)).append('\n'));
        return out.toString();
    }
}
