package io.zonewright.io;

import io.zonewright.model.SourceLocation;

import java.util.List;

/**
 * A parsed YAML value that remembers where it stood, so that every later check can report the line and
 * column of the offending key or value. Only what the topology format uses: maps, lists and scalars.
 */
public sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.Scalar {

    SourceLocation location();

    /** What the node is, for "expected X, found Y" messages. */
    String describe();

    record Entry(String key, SourceLocation keyLocation, YamlNode value) {
    }

    record MapNode(List<Entry> entries, SourceLocation location) implements YamlNode {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record ListNode(List<YamlNode> items, SourceLocation location) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    enum ScalarType { STRING, NUMBER, BOOLEAN, NULL }

    record Scalar(String text, ScalarType type, SourceLocation location) implements YamlNode {
        @Override
        public String describe() {
            return switch (type) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "nothing";
            };
        }
    }
}
