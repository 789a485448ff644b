package io.zonewright.io;

import io.zonewright.model.SourceLocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lenient view of a part of a manifest: a missing field reads as empty, and a field of the wrong type reads
 * as empty too, with a problem at its place. Kubernetes objects carry much the analysis does not need;
 * only the fields asked for are checked.
 */
public final class DocumentNode {

    private final YamlNode node;
    private final Problems problems;
    private final SourceLocation fallback;

    public DocumentNode(YamlNode node, Problems problems) {
        this(node, problems, node == null ? SourceLocation.UNKNOWN : node.location());
    }

    private DocumentNode(YamlNode node, Problems problems, SourceLocation fallback) {
        this.node = node;
        this.problems = problems;
        this.fallback = fallback;
    }

    /** The value itself, to read it again as an object of its own. */
    public YamlNode tree() {
        return node;
    }

    /** Where the value stands, or where its parent does when it is absent. */
    public SourceLocation location() {
        return node == null ? fallback : node.location();
    }

    public boolean isPresent() {
        return node != null && !(node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL);
    }

    public boolean isMap() {
        return node instanceof YamlNode.MapNode;
    }

    public boolean has(String key) {
        return get(key).isPresent();
    }

    /** A field of a mapping; absent when there is none. */
    public DocumentNode get(String key) {
        if (node instanceof YamlNode.MapNode map) {
            for (YamlNode.Entry e : map.entries()) {
                if (e.key().equals(key)) {
                    return new DocumentNode(e.value(), problems, e.keyLocation());
                }
            }
        } else if (isPresent()) {
            problems.add(location(), "expected a mapping with '" + key + "', found " + node.describe());
            return new DocumentNode(null, problems, location());
        }
        return new DocumentNode(null, problems, location());
    }

    /** A path of fields: {@code get("spec", "template", "metadata")}. */
    public DocumentNode get(String... path) {
        DocumentNode n = this;
        for (String key : path) {
            n = n.get(key);
        }
        return n;
    }

    /** The text of a scalar field, or "" when absent; a mapping or a list there is a problem. */
    public String text(String key) {
        return get(key).text();
    }

    public String text() {
        if (node instanceof YamlNode.Scalar s) {
            return s.text();
        }
        if (node != null) {
            problems.add(location(), "expected a single value, found " + node.describe());
        }
        return "";
    }

    /** A whole number, or null when absent or not one (a problem when present). */
    public Integer integer() {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NUMBER) {
            try {
                return Integer.valueOf(s.text());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (isPresent()) {
            problems.add(location(), "expected a whole number, found " + describe());
        }
        return null;
    }

    /** Whether the value is written as a number, not as text: a port 53 is a number, "53" a name. */
    public boolean isNumber() {
        return node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NUMBER;
    }

    /** The items of a list field; empty when absent, a problem when not a list. */
    public List<DocumentNode> list(String key) {
        return get(key).items();
    }

    public List<DocumentNode> items() {
        if (node instanceof YamlNode.ListNode list) {
            return list.items().stream().map(i -> new DocumentNode(i, problems)).toList();
        }
        if (isPresent()) {
            problems.add(location(), "expected a list, found " + node.describe());
        }
        return List.of();
    }

    /** A mapping of texts, as labels and selectors are; values that are not single values are problems. */
    public Map<String, String> strings(String key) {
        DocumentNode n = get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (n.node instanceof YamlNode.MapNode map) {
            for (YamlNode.Entry e : map.entries()) {
                out.put(e.key(), new DocumentNode(e.value(), problems).text());
            }
        } else if (n.isPresent()) {
            problems.add(n.location(), "'" + key + "' must be a mapping of names to values, found " + n.describe());
        }
        return out;
    }

    public String describe() {
        return node == null ? "nothing" : node.describe() + (node instanceof YamlNode.Scalar s ? " '" + s.text() + "'" : "");
    }

    public void problem(String message) {
        problems.add(location(), message);
    }
}
