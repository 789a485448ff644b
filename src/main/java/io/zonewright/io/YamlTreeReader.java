package io.zonewright.io;

import io.zonewright.model.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses YAML text into {@link YamlNode}s with their locations, from SnakeYAML's event stream (no object
 * model in between: a design of thousands of connections is read once, by the parser the format is written
 * with). Hostile documents are stopped early: aliases are refused (so an alias bomb cannot expand), nesting
 * is capped, and the text size was capped by the caller.
 */
final class YamlTreeReader {

    /** The format nests four levels deep; anything far deeper is not a design file. */
    static final int MAX_DEPTH = 32;

    /** YAML 1.1's implicit types, as the writer's library reads them back: {@code yes} is a boolean, {@code 1e3} a number. */
    private static final Resolver TYPES = new Resolver();

    private final String fileName;
    private final Parser parser;
    private int depth;

    private YamlTreeReader(String text, String fileName) {
        this.fileName = fileName;
        LoaderOptions options = new LoaderOptions();
        // The library's default of 3 MB refuses large designs; the byte limit of BoundedTextReader applies instead.
        options.setCodePointLimit((int) BoundedTextReader.MAX_BYTES);
        this.parser = new ParserImpl(new StreamReader(text), options);
    }

    /** The root node of the single document in {@code text}. */
    static YamlNode parse(String text, String fileName) throws YamlSyntaxException {
        YamlTreeReader reader = new YamlTreeReader(text, fileName);
        try {
            return reader.readDocument();
        } catch (ReaderException forbidden) {
            // A character YAML forbids (a control character, DEL): said where it is, and which it is.
            throw new YamlSyntaxException(locate(text, fileName, forbidden.getPosition()), String.format(
                    "the character U+%04X is not allowed in YAML (write it as an escape in a double-quoted string)",
                    forbidden.getCodePoint()));
        } catch (MarkedYAMLException marked) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
            SourceLocation location = mark == null ? SourceLocation.of(fileName, 1, 1) : reader.at(mark);
            throw new YamlSyntaxException(location, "YAML syntax: " + cleanMessage(context + marked.getProblem()));
        } catch (RuntimeException e) {
            // SnakeYAML reports its limits (the code point limit) as unchecked exceptions without a place.
            throw new YamlSyntaxException(SourceLocation.of(fileName, 1, 1), "YAML syntax: " + cleanMessage(e.getMessage()));
        }
    }

    private YamlNode readDocument() throws YamlSyntaxException {
        parser.getEvent(); // stream start
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            throw new YamlSyntaxException(SourceLocation.of(fileName, 1, 1), "the file is empty");
        }
        parser.getEvent(); // document start
        YamlNode root = readValue(parser.getEvent());
        parser.getEvent(); // document end
        if (parser.checkEvent(Event.ID.DocumentStart)) {
            throw new YamlSyntaxException(at(parser.peekEvent().getStartMark()), "only one YAML document is allowed per file");
        }
        return root;
    }

    private YamlNode readValue(Event event) throws YamlSyntaxException {
        SourceLocation location = at(event.getStartMark());
        return switch (event.getEventId()) {
            case MappingStart -> readMap(location);
            case SequenceStart -> readList(location);
            case Scalar -> scalar((ScalarEvent) event, location);
            case Alias -> throw new YamlSyntaxException(location,
                    "YAML aliases (*" + ((AliasEvent) event).getAnchor() + ") are not supported; write the value out");
            default -> throw new YamlSyntaxException(location, "unexpected YAML content");
        };
    }

    private YamlNode readMap(SourceLocation location) throws YamlSyntaxException {
        enter(location);
        List<YamlNode.Entry> entries = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Event key = parser.getEvent();
            SourceLocation keyLocation = at(key.getStartMark());
            if (!(key instanceof ScalarEvent scalarKey)) {
                throw new YamlSyntaxException(keyLocation, key instanceof AliasEvent
                        ? "YAML aliases (*" + ((AliasEvent) key).getAnchor() + ") are not supported; write the value out"
                        : "a key must be a single value, not a list or a mapping");
            }
            entries.add(new YamlNode.Entry(scalarKey.getValue(), keyLocation, readValue(parser.getEvent())));
        }
        parser.getEvent();
        depth--;
        return new YamlNode.MapNode(entries, location);
    }

    private YamlNode readList(SourceLocation location) throws YamlSyntaxException {
        enter(location);
        List<YamlNode> items = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            items.add(readValue(parser.getEvent()));
        }
        parser.getEvent();
        depth--;
        return new YamlNode.ListNode(items, location);
    }

    /** A scalar typed as YAML 1.1 reads it: by its explicit tag, else as text when quoted, else by its form. */
    private static YamlNode scalar(ScalarEvent event, SourceLocation location) {
        String text = event.getValue();
        String tag = event.getTag();
        Tag type;
        if (tag != null && !tag.equals("!")) {
            type = new Tag(tag);
        } else if (event.isPlain() && event.getImplicit().canOmitTagInPlainScalar()) {
            type = TYPES.resolve(NodeId.scalar, text, true);
        } else {
            type = Tag.STR;
        }
        if (type.equals(Tag.INT) || type.equals(Tag.FLOAT)) {
            return new YamlNode.Scalar(text, YamlNode.ScalarType.NUMBER, location);
        }
        if (type.equals(Tag.BOOL)) {
            return new YamlNode.Scalar(text, YamlNode.ScalarType.BOOLEAN, location);
        }
        if (type.equals(Tag.NULL)) {
            return new YamlNode.Scalar("", YamlNode.ScalarType.NULL, location);
        }
        return new YamlNode.Scalar(text, YamlNode.ScalarType.STRING, location);
    }

    private void enter(SourceLocation location) throws YamlSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw new YamlSyntaxException(location, "nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    /** SnakeYAML counts lines and columns from 0. */
    private SourceLocation at(Mark mark) {
        return SourceLocation.of(fileName, mark.getLine() + 1, mark.getColumn() + 1);
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
