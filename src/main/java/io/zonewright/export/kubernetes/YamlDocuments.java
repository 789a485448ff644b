package io.zonewright.export.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonewright.io.YamlStyle;

/** Kubernetes objects as YAML documents, in the style of every YAML file this program writes. */
final class YamlDocuments {

    private static final ObjectMapper YAML = new ObjectMapper(YamlStyle.factory(false));

    private YamlDocuments() {
    }

    static String document(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }
}
