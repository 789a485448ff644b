package io.zonewright.kube;

import java.util.List;
import java.util.Map;

/**
 * What a set of manifests deploys: the namespaces with their labels, the workloads, services, network
 * policies and the ways in from the ingress controller.
 */
record Cluster(Map<String, Map<String, String>> namespaces, List<Workload> workloads, List<KubeService> services,
               List<NetworkPolicy> policies, List<Exposure> exposures) {

    /** The labels of a namespace, its automatic name label included. */
    Map<String, String> namespaceLabels(String namespace) {
        return namespaces.getOrDefault(namespace, Map.of(ClusterReader.NAME_LABEL, namespace));
    }
}
