package io.zonewright.model;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Where a service runs in Kubernetes: its namespace and the labels that select its pods. */
public record KubernetesBinding(String namespace, SortedMap<String, String> labels) {

    public KubernetesBinding {
        labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    }

    public static KubernetesBinding of(String namespace, Map<String, String> labels) {
        return new KubernetesBinding(namespace, new TreeMap<>(labels));
    }
}
