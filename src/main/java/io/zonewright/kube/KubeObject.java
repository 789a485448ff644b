package io.zonewright.kube;

import io.zonewright.io.YamlNode;
import io.zonewright.model.SourceLocation;

/**
 * A Kubernetes object as read from a manifest: its kind, name and namespace (the default namespace when it
 * has none), its content, and where it stands so that every message about it can point there.
 */
record KubeObject(String kind, String name, String namespace, Node content) {

    static final String DEFAULT_NAMESPACE = "default";

    SourceLocation location() {
        return content.location();
    }

    /** {@code Deployment frontend/webapp}, for messages. */
    String describe() {
        return kind + " " + namespace + "/" + name;
    }

    static KubeObject of(String kind, YamlNode tree, Problems problems) {
        Node content = new Node(tree, problems);
        Node metadata = content.get("metadata");
        String namespace = metadata.text("namespace");
        return new KubeObject(kind, metadata.text("name"), namespace.isEmpty() ? DEFAULT_NAMESPACE : namespace, content);
    }
}
