package io.zonewright.io;

import io.zonewright.io.YamlNode.Entry;
import io.zonewright.io.YamlNode.ListNode;
import io.zonewright.io.YamlNode.MapNode;
import io.zonewright.io.YamlNode.Scalar;
import io.zonewright.io.YamlNode.ScalarType;
import io.zonewright.model.SourceLocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one YAML mapping against the keys the format allows there: unknown and repeated
 * keys, missing fields and wrong types become diagnostics, and reading goes on so that all are found.
 */
final class MapReader {

    private final MapNode node;
    private final String what;
    private final Diagnostics diagnostics;
    private final Map<String, Entry> fields = new LinkedHashMap<>();

    private MapReader(MapNode node, String what, Set<String> allowedKeys, Diagnostics diagnostics) {
        this.node = node;
        this.what = what;
        this.diagnostics = diagnostics;
        for (Entry e : node.entries()) {
            if (!allowedKeys.contains(e.key())) {
                diagnostics.error(e.keyLocation(), "unknown key '" + e.key() + "' in " + what
                        + " (allowed: " + String.join(", ", allowedKeys) + ")");
            } else if (fields.putIfAbsent(e.key(), e) != null) {
                diagnostics.error(e.keyLocation(), "duplicate key '" + e.key() + "' in " + what);
            }
        }
    }

    /** A reader for {@code node}, or null (with a diagnostic) when it is not a mapping. */
    static MapReader of(YamlNode node, String what, Set<String> allowedKeys, Diagnostics diagnostics) {
        if (node instanceof MapNode map) {
            return new MapReader(map, what, allowedKeys, diagnostics);
        }
        diagnostics.error(node.location(), what + " must be a mapping, found " + node.describe());
        return null;
    }

    SourceLocation location() {
        return node.location();
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    /** Where the value of {@code key} stands, or where the mapping starts if the key is absent. */
    SourceLocation locationOf(String key) {
        Entry e = fields.get(key);
        return e == null ? node.location() : e.value().location();
    }

    YamlNode raw(String key) {
        Entry e = fields.get(key);
        return e == null ? null : e.value();
    }

    /** The text of a required scalar, or null (with a diagnostic). */
    String requiredText(String key) {
        if (!fields.containsKey(key)) {
            diagnostics.error(node.location(), what + " is missing the required field '" + key + "'");
            return null;
        }
        return text(key, null);
    }

    /** The text of an optional scalar, {@code fallback} when absent or null. */
    String text(String key, String fallback) {
        YamlNode value = raw(key);
        if (value == null || value instanceof Scalar s && s.type() == ScalarType.NULL) {
            return fallback;
        }
        if (value instanceof Scalar s && s.type() != ScalarType.BOOLEAN) {
            return s.text();
        }
        diagnostics.error(value.location(), "'" + key + "' in " + what + " must be text, found " + value.describe());
        return null;
    }

    /** An integer field, or null (with a diagnostic when present but not an integer). */
    Integer integer(String key) {
        YamlNode value = raw(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Scalar s && s.type() == ScalarType.NUMBER) {
            try {
                return Integer.parseInt(s.text());
            } catch (NumberFormatException e) {
                // falls through to the diagnostic
            }
        }
        diagnostics.error(value.location(), "'" + key + "' in " + what + " must be a whole number, found " + value.describe());
        return null;
    }

    Double decimal(String key) {
        YamlNode value = raw(key);
        if (value instanceof Scalar s && s.type() == ScalarType.NUMBER) {
            double d = Double.parseDouble(s.text());
            if (Double.isFinite(d)) {
                return d;
            }
        }
        diagnostics.error(value == null ? node.location() : value.location(),
                "'" + key + "' in " + what + " must be a number");
        return null;
    }

    /** The items of a list field (empty when absent), each converted by {@code convert}; items it refuses are skipped. */
    <T> List<T> list(String key, Function<YamlNode, T> convert) {
        YamlNode value = raw(key);
        List<T> out = new ArrayList<>();
        if (value == null || value instanceof Scalar s && s.type() == ScalarType.NULL) {
            return out;
        }
        if (!(value instanceof ListNode list)) {
            diagnostics.error(value.location(), "'" + key + "' in " + what + " must be a list, found " + value.describe());
            return out;
        }
        for (YamlNode item : list.items()) {
            T converted = convert.apply(item);
            if (converted != null) {
                out.add(converted);
            }
        }
        return out;
    }

    /** A list of scalars, each parsed by {@code parse}; a parse failure is reported at the item. */
    <T> List<T> scalarList(String key, Function<String, T> parse) {
        return list(key, item -> scalarValue(item, key, parse));
    }

    /** An optional scalar parsed by {@code parse}, or null; a failure is reported at the value. */
    <T> T parsed(String key, Function<String, T> parse) {
        YamlNode value = raw(key);
        return value == null ? null : scalarValue(value, key, parse);
    }

    <T> T scalarValue(YamlNode item, String key, Function<String, T> parse) {
        if (!(item instanceof Scalar s) || s.type() == ScalarType.NULL || s.type() == ScalarType.BOOLEAN) {
            diagnostics.error(item.location(), "'" + key + "' in " + what + " must be text, found " + item.describe());
            return null;
        }
        try {
            return parse.apply(s.text());
        } catch (IllegalArgumentException e) {
            diagnostics.error(item.location(), e.getMessage());
            return null;
        }
    }
}
