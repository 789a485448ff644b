package io.zonewright.kube;

import io.zonewright.model.SourceLocation;

import java.util.List;
import java.util.Map;

/**
 * The pods of one top owner (a Deployment, a DaemonSet, a ReplicaSet a Deployment is not given for, a bare
 * Pod…): what a policy selects, named as a connectivity list names it, {@code ns/name[Kind]}.
 */
public record Workload(String namespace, String name, String kind, Map<String, String> labels, List<ContainerPort> ports,
                SourceLocation location) {

    public String id() {
        return namespace + "/" + name + "[" + kind + "]";
    }
}
