package io.zonewright.io;

import io.zonewright.model.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses YAML text into {@link YamlNode}s with their locations, from SnakeYAML's event stream (no object
 * model in between: a design of thousands of connections is read once, by the parser the format is written
 * with). Hostile documents are stopped early: nesting is capped, aliases are refused or their expansion is
 * bounded (so an alias bomb cannot expand), and the text size was capped by the caller.
 */
final class YamlTreeReader {

    /**
     * What a kind of file may hold: how deep it nests, and whether aliases are read (bounded by how many nodes
     * the document may expand to) or refused.
     */
    record Limits(int maxDepth, boolean aliases, long maxNodes) {
    }

    /** The format nests four levels deep; anything far deeper is not a design file. Aliases are not part of it. */
    static final Limits DESIGN = new Limits(32, false, Long.MAX_VALUE);

    /**
     * Manifests nest deeper (a CronJob's containers are nine levels down) and some use anchors and merge keys,
     * as kubectl reads them; a document that expands past a million nodes is not a manifest.
     */
    static final Limits MANIFEST = new Limits(64, true, 1_000_000);

    /** YAML 1.1's implicit types, as the writer's library reads them back: {@code yes} is a boolean, {@code 1e3} a number. */
    private static final Resolver TYPES = new Resolver();
    private static final String MERGE_KEY = "<<";

    private final String fileName;
    private final int firstLine;
    private final Limits limits;
    private final Parser parser;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private int depth;
    /** Nodes read so far in the document, with those that aliases repeat. */
    private long nodes;

    /** A node with an anchor, and how many nodes it holds (an alias to it repeats them all). */
    private record Anchored(YamlNode node, long size) {
    }

    private YamlTreeReader(String text, String fileName, int firstLine, Limits limits) {
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        // The library's default of 3 MB refuses large designs; the byte limit of BoundedTextReader applies instead.
        options.setCodePointLimit((int) BoundedTextReader.MAX_BYTES);
        this.parser = new ParserImpl(new StreamReader(text), options);
    }

    /** The root node of the single document of a design file. */
    static YamlNode parse(String text, String fileName) throws YamlSyntaxException {
        List<YamlNode> documents = read(text, fileName, 1, DESIGN, true);
        if (documents.isEmpty()) {
            throw new YamlSyntaxException(SourceLocation.of(fileName, 1, 1), "the file is empty");
        }
        return documents.get(0);
    }

    /**
     * The documents of {@code text}, whose first line is line {@code firstLine} of the file; empty documents
     * (only comments, as a chart renders a template that made nothing) are left out.
     */
    static List<YamlNode> documents(String text, String fileName, int firstLine, Limits limits) throws YamlSyntaxException {
        return read(text, fileName, firstLine, limits, false);
    }

    private static List<YamlNode> read(String text, String fileName, int firstLine, Limits limits, boolean single)
            throws YamlSyntaxException {
        YamlTreeReader reader = new YamlTreeReader(text, fileName, firstLine, limits);
        try {
            return reader.readStream(single);
        } catch (ReaderException forbidden) {
            // A character YAML forbids (a control character, DEL): said where it is, and which it is.
            SourceLocation at = locate(text, fileName, forbidden.getPosition());
            throw new YamlSyntaxException(SourceLocation.of(fileName, at.line() + firstLine - 1, at.column()), String.format(
                    "the character U+%04X is not allowed in YAML (write it as an escape in a double-quoted string)",
                    forbidden.getCodePoint()));
        } catch (MarkedYAMLException marked) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
            SourceLocation location = mark == null ? SourceLocation.of(fileName, firstLine, 1) : reader.at(mark);
            throw new YamlSyntaxException(location, "YAML syntax: " + cleanMessage(context + marked.getProblem()));
        } catch (RuntimeException e) {
            // SnakeYAML reports its limits (the code point limit) as unchecked exceptions without a place.
            throw new YamlSyntaxException(SourceLocation.of(fileName, firstLine, 1), "YAML syntax: " + cleanMessage(e.getMessage()));
        }
    }

    private List<YamlNode> readStream(boolean single) throws YamlSyntaxException {
        List<YamlNode> documents = new ArrayList<>();
        parser.getEvent(); // stream start
        while (parser.checkEvent(Event.ID.DocumentStart)) {
            Event start = parser.getEvent();
            if (single && !documents.isEmpty()) {
                throw new YamlSyntaxException(at(start.getStartMark()), "only one YAML document is allowed per file");
            }
            anchors.clear();
            nodes = 0;
            Event first = parser.getEvent();
            YamlNode root = readValue(first);
            parser.getEvent(); // document end
            boolean empty = root instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL
                    && first instanceof ScalarEvent plain && plain.getValue().isEmpty();
            if (!empty || single) {
                documents.add(root);
            }
        }
        return documents;
    }

    private YamlNode readValue(Event event) throws YamlSyntaxException {
        SourceLocation location = at(event.getStartMark());
        if (event instanceof AliasEvent alias) {
            return alias(alias, location);
        }
        long before = nodes;
        if (++nodes > limits.maxNodes()) {
            throw new YamlSyntaxException(location, "the document expands to more than " + limits.maxNodes() + " values");
        }
        YamlNode node = switch (event.getEventId()) {
            case MappingStart -> readMap(location);
            case SequenceStart -> readList(location);
            case Scalar -> scalar((ScalarEvent) event, location);
            default -> throw new YamlSyntaxException(location, "unexpected YAML content");
        };
        String anchor = ((NodeEvent) event).getAnchor();
        if (anchor != null) {
            anchors.put(anchor, new Anchored(node, nodes - before));
        }
        return node;
    }

    /** The node an alias names, shared rather than copied; counted as often as it is repeated. */
    private YamlNode alias(AliasEvent alias, SourceLocation location) throws YamlSyntaxException {
        if (!limits.aliases()) {
            throw new YamlSyntaxException(location, "YAML aliases (*" + alias.getAnchor() + ") are not supported; write the value out");
        }
        Anchored anchored = anchors.get(alias.getAnchor());
        if (anchored == null) {
            throw new YamlSyntaxException(location, "the alias *" + alias.getAnchor() + " names no anchor before it");
        }
        nodes += anchored.size();
        if (nodes > limits.maxNodes()) {
            throw new YamlSyntaxException(location, "the aliases of the document expand to more than " + limits.maxNodes() + " values");
        }
        return anchored.node();
    }

    private YamlNode readMap(SourceLocation location) throws YamlSyntaxException {
        enter(location);
        List<YamlNode.Entry> entries = new ArrayList<>();
        List<YamlNode.Entry> merged = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Event key = parser.getEvent();
            SourceLocation keyLocation = at(key.getStartMark());
            if (!(key instanceof ScalarEvent scalarKey)) {
                throw new YamlSyntaxException(keyLocation, key instanceof AliasEvent alias
                        ? "YAML aliases (*" + alias.getAnchor() + ") cannot be keys; write the key out"
                        : "a key must be a single value, not a list or a mapping");
            }
            YamlNode value = readValue(parser.getEvent());
            if (limits.aliases() && scalarKey.isPlain() && scalarKey.getValue().equals(MERGE_KEY)) {
                merge(value, merged, keyLocation);
            } else {
                entries.add(new YamlNode.Entry(scalarKey.getValue(), keyLocation, value));
            }
        }
        parser.getEvent();
        depth--;
        // A merge key adds the entries of other mappings that this one does not set itself.
        for (YamlNode.Entry m : merged) {
            if (entries.stream().noneMatch(e -> e.key().equals(m.key()))) {
                entries.add(m);
            }
        }
        return new YamlNode.MapNode(entries, location);
    }

    private static void merge(YamlNode value, List<YamlNode.Entry> merged, SourceLocation at) throws YamlSyntaxException {
        if (value instanceof YamlNode.MapNode map) {
            merged.addAll(map.entries());
        } else if (value instanceof YamlNode.ListNode list && list.items().stream().allMatch(YamlNode.MapNode.class::isInstance)) {
            list.items().forEach(item -> merged.addAll(((YamlNode.MapNode) item).entries()));
        } else {
            throw new YamlSyntaxException(at, "a merge key (<<) takes a mapping or a list of mappings");
        }
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
        if (++depth > limits.maxDepth()) {
            throw new YamlSyntaxException(location, "nested more than " + limits.maxDepth() + " levels deep");
        }
    }

    /** SnakeYAML counts lines and columns from 0, within the text it was given. */
    private SourceLocation at(Mark mark) {
        return SourceLocation.of(fileName, mark.getLine() + firstLine, mark.getColumn() + 1);
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
    static String cleanMessage(String message) {
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
