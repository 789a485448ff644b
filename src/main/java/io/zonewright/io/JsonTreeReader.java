package io.zonewright.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.zonewright.model.SourceLocation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses JSON text (kubectl's {@code -o json}, {@code nft -j}) into the same located nodes as YAML, by
 * a JSON parser: JSON that YAML 1.1 would misread (an escaped slash, tabs) is read as JSON means it.
 */
final class JsonTreeReader {

    private final String fileName;
    private final int maxDepth;
    private int depth;

    private JsonTreeReader(String fileName, int maxDepth) {
        this.fileName = fileName;
        this.maxDepth = maxDepth;
    }

    /** Every top-level value of {@code text} (usually one). */
    static List<YamlNode> documents(String text, String fileName, int maxDepth) throws YamlTreeReader.YamlSyntaxException {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth + 1)
                        .maxStringLength((int) BoundedTextReader.MAX_BYTES)
                        .build())
                .build();
        JsonTreeReader reader = new JsonTreeReader(fileName, maxDepth);
        List<YamlNode> documents = new ArrayList<>();
        try (JsonParser parser = factory.createParser(text)) {
            while (parser.nextToken() != null) {
                documents.add(reader.readValue(parser));
            }
            return documents;
        } catch (JsonProcessingException e) {
            throw new YamlTreeReader.YamlSyntaxException(reader.at(e.getLocation()), "JSON syntax: " + YamlTreeReader.cleanMessage(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new YamlTreeReader.YamlSyntaxException(SourceLocation.of(fileName, 1, 1), "JSON syntax: " + YamlTreeReader.cleanMessage(e.getMessage()));
        }
    }

    private YamlNode readValue(JsonParser parser) throws IOException, YamlTreeReader.YamlSyntaxException {
        SourceLocation location = at(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                enter(location);
                List<YamlNode.Entry> entries = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourceLocation keyLocation = at(parser.currentTokenLocation());
                    parser.nextToken();
                    entries.add(new YamlNode.Entry(key, keyLocation, readValue(parser)));
                }
                depth--;
                return new YamlNode.MapNode(entries, location);
            }
            case START_ARRAY -> {
                enter(location);
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser));
                }
                depth--;
                return new YamlNode.ListNode(items, location);
            }
            case VALUE_STRING -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.STRING, location);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.NUMBER, location);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.BOOLEAN, location);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar("", YamlNode.ScalarType.NULL, location);
            }
            default -> throw new YamlTreeReader.YamlSyntaxException(location, "unexpected JSON content");
        }
    }

    private void enter(SourceLocation location) throws YamlTreeReader.YamlSyntaxException {
        if (++depth > maxDepth) {
            throw new YamlTreeReader.YamlSyntaxException(location, "nested more than " + maxDepth + " levels deep");
        }
    }

    private SourceLocation at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceLocation.of(fileName, 1, 1);
        }
        return SourceLocation.of(fileName, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
