package io.zonewright.export.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonewright.export.ExportInput;
import io.zonewright.export.Exporter;
import io.zonewright.export.GeneratedFile;
import io.zonewright.export.Target;
import io.zonewright.export.TargetOutput;
import io.zonewright.export.Unexpressed;
import io.zonewright.flows.Flow;
import io.zonewright.flows.Flows;
import io.zonewright.model.KubernetesBinding;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * NetworkPolicies, one file per namespace ({@code kubernetes/<namespace>.yaml}) and a
 * {@code kustomization.yaml} listing them. Each namespace gets a default deny of ingress and egress and
 * an egress allow to the cluster DNS; each service that runs there gets one policy selecting its pods,
 * with an ingress rule per port that connections reach it on and an egress rule per port it opens them on,
 * so that both ends enforce a connection. The ids of the connections behind each rule are annotations (a
 * list per rule, in rule order), for an audit to map them back.
 */
public final class KubernetesExporter implements Exporter {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public Target target() {
        return Target.KUBERNETES;
    }

    @Override
    public TargetOutput export(ExportInput input) {
        Flows flows = input.flows();
        Topology topology = input.topology();
        Map<String, List<Service>> byNamespace = new TreeMap<>();
        for (Service s : topology.services()) {
            KubernetesBinding k = s.deployment().kubernetes();
            if (k != null) {
                byNamespace.computeIfAbsent(k.namespace(), n -> new ArrayList<>()).add(s);
            }
        }
        List<GeneratedFile> files = new ArrayList<>();
        List<Unexpressed> unexpressed = new ArrayList<>();
        int rules = 0;
        // Namespaces are written alone: on every core, then gathered in name order.
        List<NamespacePolicies> made = byNamespace.entrySet().parallelStream().map(ns -> {
            NamespacePolicies policies = new NamespacePolicies(ns.getKey(), topology);
            for (Service s : ns.getValue()) {
                policies.add(s, flows.into(s), flows.outOf(s));
            }
            return policies;
        }).toList();
        for (NamespacePolicies policies : made) {
            files.add(new GeneratedFile("kubernetes/" + policies.namespace() + ".yaml", policies.render()));
            rules += policies.rules();
            unexpressed.addAll(policies.unexpressed());
        }
        if (!byNamespace.isEmpty()) {
            files.add(new GeneratedFile("kubernetes/kustomization.yaml", kustomization(byNamespace.keySet())));
        }
        return new TargetOutput(Target.KUBERNETES, files, rules, unexpressed, List.of(), unmanaged(flows));
    }

    private static String kustomization(Iterable<String> namespaces) {
        ObjectNode k = JSON.objectNode();
        k.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
        k.put("kind", "Kustomization");
        ArrayNode resources = k.putArray("resources");
        namespaces.forEach(n -> resources.add(n + ".yaml"));
        return "# Made by Zonewright: the NetworkPolicies of each namespace.\n" + YamlDocuments.document(k);
    }

    private static boolean runsInKubernetes(List<Service> services) {
        for (Service s : services) {
            if (s.deployment().kubernetes() != null) {
                return true;
            }
        }
        return false;
    }

    /** Connections neither end of which runs in Kubernetes. */
    private static List<String> unmanaged(Flows flows) {
        List<String> out = new ArrayList<>();
        for (Flow f : flows.all()) {
            if (!runsInKubernetes(f.from().services()) && !runsInKubernetes(f.to().services())) {
                out.add(f.id());
            }
        }
        return out;
    }
}
