package io.zonewright.export.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonewright.io.YamlStyle;

/** Kubernetes objects (or parts of them) as YAML, in the style of every YAML file this program writes. */
public final class YamlDocuments {

    private static final ObjectMapper YAML = new ObjectMapper(YamlStyle.factory(false));

    private YamlDocuments() {
    }

    public static String document(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }
}
