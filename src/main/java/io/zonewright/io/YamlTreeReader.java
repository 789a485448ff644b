package io.zonewright.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.zonewright.model.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses YAML text into {@link YamlNode}s with their locations. Hostile documents are stopped early:
 * aliases are refused (so an alias bomb cannot expand), nesting is capped, and the text size was capped
 * by the caller.
 */
final class YamlTreeReader {

    /** The format nests four levels deep; anything far deeper is not a design file. */
    static final int MAX_DEPTH = 32;

    private static final YAMLFactory FACTORY = buildFactory();

    private final String fileName;
    private int depth;

    private YamlTreeReader(String fileName) {
        this.fileName = fileName;
    }

    private static YAMLFactory buildFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 2);
        // Jackson's default of 3 MB refuses large designs; the byte limit of BoundedTextReader applies instead.
        options.setCodePointLimit((int) BoundedTextReader.MAX_BYTES);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 2)
                        .maxStringLength((int) BoundedTextReader.MAX_BYTES)
                        .build())
                .build();
    }

    /** The root node of the single document in {@code text}. */
    static YamlNode parse(String text, String fileName) throws YamlSyntaxException {
        YamlTreeReader reader = new YamlTreeReader(fileName);
        try (YAMLParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new YamlSyntaxException(SourceLocation.of(fileName, 1, 1), "the file is empty");
            }
            YamlNode root = reader.readValue(parser);
            if (parser.nextToken() != null) {
                throw new YamlSyntaxException(reader.here(parser), "only one YAML document is allowed per file");
            }
            return root;
        } catch (JsonProcessingException e) {
            ReaderException forbidden = cause(e, ReaderException.class);
            if (forbidden != null) {
                // A character YAML forbids (a control character, DEL): said where it is, and which it is.
                throw new YamlSyntaxException(locate(text, fileName, forbidden.getPosition()), String.format(
                        "the character U+%04X is not allowed in YAML (write it as an escape in a double-quoted string)",
                        forbidden.getCodePoint()));
            }
            MarkedYAMLException marked = cause(e, MarkedYAMLException.class);
            if (marked != null && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
                throw new YamlSyntaxException(SourceLocation.of(fileName, mark.getLine() + 1, mark.getColumn() + 1),
                        "YAML syntax: " + cleanMessage(context + marked.getProblem()));
            }
            throw new YamlSyntaxException(reader.at(e.getLocation()), "YAML syntax: " + cleanMessage(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new YamlSyntaxException(SourceLocation.of(fileName, 1, 1), "YAML syntax: " + cleanMessage(e.getMessage()));
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (nesting, code points) as unchecked exceptions.
            throw new YamlSyntaxException(SourceLocation.of(fileName, 1, 1), "YAML syntax: " + cleanMessage(e.getMessage()));
        }
    }

    /** The line and column of a character, counted in code points as SnakeYAML counts its position. */
    static SourceLocation locate(String text, String fileName, int codePointIndex) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePointIndex; seen++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return SourceLocation.of(fileName, line, column);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private YamlNode readValue(YAMLParser parser) throws IOException, YamlSyntaxException {
        SourceLocation location = here(parser);
        if (parser.isCurrentAlias()) {
            throw new YamlSyntaxException(location, "YAML aliases (*" + parser.getText() + ") are not supported; write the value out");
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readMap(parser, location);
            case START_ARRAY:
                return readList(parser, location);
            case VALUE_STRING:
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.STRING, location);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.NUMBER, location);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.BOOLEAN, location);
            case VALUE_NULL:
                return new YamlNode.Scalar("", YamlNode.ScalarType.NULL, location);
            default:
                throw new YamlSyntaxException(location, "unexpected YAML content");
        }
    }

    private YamlNode readMap(YAMLParser parser, SourceLocation location) throws IOException, YamlSyntaxException {
        enter(location);
        List<YamlNode.Entry> entries = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourceLocation keyLocation = here(parser);
            parser.nextToken();
            entries.add(new YamlNode.Entry(key, keyLocation, readValue(parser)));
        }
        depth--;
        return new YamlNode.MapNode(entries, location);
    }

    private YamlNode readList(YAMLParser parser, SourceLocation location) throws IOException, YamlSyntaxException {
        enter(location);
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser));
        }
        depth--;
        return new YamlNode.ListNode(items, location);
    }

    private void enter(SourceLocation location) throws YamlSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw new YamlSyntaxException(location, "nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private SourceLocation here(YAMLParser parser) {
        return at(parser.currentTokenLocation());
    }

    private SourceLocation at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceLocation.of(fileName, 1, 1);
        }
        return SourceLocation.of(fileName, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** SnakeYAML messages repeat the position and quote the source; the location is printed separately. */
    private static String cleanMessage(String message) {
        if (message == null) {
            return "unreadable document";
        }
        String firstLine = message.strip().lines().findFirst().orElse("unreadable document");
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
    }

    /** A document that is not YAML, or uses YAML the format does not accept. */
    static final class YamlSyntaxException extends Exception {
        private final transient SourceLocation location;

        YamlSyntaxException(SourceLocation location, String message) {
            super(message);
            this.location = location;
        }

        SourceLocation location() {
            return location;
        }
    }
}
