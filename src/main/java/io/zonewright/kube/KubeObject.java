package io.zonewright.kube;

import io.zonewright.io.DocumentNode;
import io.zonewright.io.Problems;
import io.zonewright.io.YamlNode;
import io.zonewright.model.SourceLocation;

/**
 * A Kubernetes object as read from a manifest: its kind, name and namespace (the default namespace when it
 * has none), its content, and where it stands so that every message about it can point there.
 */
record KubeObject(String kind, String name, String namespace, DocumentNode content) {

    static final String DEFAULT_NAMESPACE = "default";

    SourceLocation location() {
        return content.location();
    }

    /** {@code Deployment frontend/webapp}, for messages. */
    String describe() {
        return kind + " " + namespace + "/" + name;
    }

    static KubeObject of(String kind, YamlNode tree, Problems problems) {
        DocumentNode content = new DocumentNode(tree, problems);
        DocumentNode metadata = content.get("metadata");
        String namespace = metadata.text("namespace");
        return new KubeObject(kind, metadata.text("name"), namespace.isEmpty() ? DEFAULT_NAMESPACE : namespace, content);
    }
}
