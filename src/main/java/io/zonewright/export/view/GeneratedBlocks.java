package io.zonewright.export.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.zonewright.export.kubernetes.YamlDocuments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Cuts the parts of generated files that concern one element: lines, rules, policies, resource blocks. */
final class GeneratedBlocks {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private GeneratedBlocks() {
    }

    /** The lines holding {@code needle}. */
    static String linesWith(String text, String needle) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.contains(needle)) {
                out.append(line.strip()).append('\n');
            }
        }
        return out.toString();
    }

    /** The rules whose comment lists the id among its connections. */
    static String iptablesRules(String text, String commentId) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            int start = line.indexOf("--comment \"");
            if (line.startsWith("-A ") && start >= 0) {
                String comment = line.substring(start + 11, line.indexOf('"', start + 11));
                if (List.of(comment.split(", ")).contains(commentId)) {
                    out.append(line).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The YAML documents of a stream, each with its text. */
    private record Document(String text, JsonNode node) {
    }

    private static List<Document> documents(String yaml) {
        List<Document> out = new ArrayList<>();
        for (String chunk : yaml.split("(?m)^---\n")) {
            try {
                JsonNode node = YAML.readTree(chunk);
                if (node != null && node.isObject()) {
                    out.add(new Document(chunk, node));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("a generated document reads back", e);
            }
        }
        return out;
    }

    /** The policy of that name, as the file writes it. */
    static String policyNamed(String yaml, String name) {
        for (Document d : documents(yaml)) {
            if (name.equals(d.node().at("/metadata/name").asText())) {
                return d.text();
            }
        }
        return "";
    }

    /** The ingress and egress rules that list the connection among theirs, each after the policy's name. */
    static String policyRules(String yaml, String connectionId) {
        StringBuilder out = new StringBuilder();
        for (Document d : documents(yaml)) {
            for (String side : List.of("ingress", "egress")) {
                JsonNode ids = readIds(d.node().at("/metadata/annotations/zonewright.io~1" + side + "-connections").asText("[]"));
                for (int i = 0; i < ids.size(); i++) {
                    for (JsonNode id : ids.get(i)) {
                        if (id.asText().equals(connectionId)) {
                            out.append("# ").append(d.node().at("/metadata/namespace").asText()).append('/')
                                    .append(d.node().at("/metadata/name").asText()).append(", ").append(side).append(" rule ")
                                    .append(i + 1).append('\n').append(YamlDocuments.document(d.node().at("/spec/" + side).get(i)));
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    private static JsonNode readIds(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a generated annotation reads back", e);
        }
    }

    /** The top-level blocks (with the comments above them) that hold any of the needles. */
    static String hclResources(String hcl, String... needles) {
        StringBuilder out = new StringBuilder();
        for (String block : hcl.split("\n\n(?=(#|resource|variable))")) {
            for (String needle : needles) {
                if (block.contains(needle) && block.contains("resource \"")) {
                    out.append(block.strip()).append("\n\n");
                    break;
                }
            }
        }
        return out.toString();
    }
}
