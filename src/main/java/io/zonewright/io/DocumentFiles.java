package io.zonewright.io;

import io.zonewright.model.SourceLocation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads files of YAML or JSON documents that other tools wrote (Kubernetes manifests, Helm output,
 * {@code nft -j} rulesets) into located trees. A broken document is reported where it breaks and the
 * documents after it are still read: each YAML document is parsed on its own.
 */
public final class DocumentFiles {

    /** The documents of a file, and what could not be read, with file, line and column. */
    public record Documents(List<YamlNode> documents, List<Diagnostic> problems) {
    }

    private DocumentFiles() {
    }

    /** Reads a file (or standard input for {@code -}); never throws for bad content, only reports it. */
    public static Documents read(Path file) {
        String name = file.toString().equals(BoundedTextReader.STANDARD_INPUT) ? "<stdin>" : file.toString();
        try {
            return parse(BoundedTextReader.read(file), name);
        } catch (BoundedTextReader.MalformedTextException e) {
            return new Documents(List.of(), List.of(new Diagnostic(e.location(), e.getMessage())));
        } catch (IOException | InputTooLargeException e) {
            return new Documents(List.of(), List.of(new Diagnostic(SourceLocation.of(name, 0, 0), e.getMessage())));
        }
    }

    /**
     * The text of a file (or of standard input for {@code -}), bounded in size and checked to be UTF-8;
     * the exception's message is ready for the user and says where the first bad byte is.
     */
    public static String text(Path file) throws IOException {
        try {
            return BoundedTextReader.read(file);
        } catch (BoundedTextReader.MalformedTextException e) {
            throw new IOException(e.location() + ": " + e.getMessage(), e);
        } catch (InputTooLargeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Reads text; JSON when it starts as JSON does, YAML otherwise. */
    public static Documents parse(String text, String fileName) {
        List<YamlNode> documents = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        if (startsAsJson(text)) {
            try {
                documents.addAll(JsonTreeReader.documents(text, fileName, YamlTreeReader.MANIFEST.maxDepth()));
            } catch (YamlTreeReader.YamlSyntaxException e) {
                problems.add(new Diagnostic(e.location(), e.getMessage()));
            }
            return new Documents(documents, problems);
        }
        List<String> lines = text.lines().toList();
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || startsDocument(lines.get(i)) && !onlyDirectives(lines.subList(start, i))) {
                String chunk = String.join("\n", lines.subList(start, i)) + "\n";
                try {
                    documents.addAll(YamlTreeReader.documents(chunk, fileName, start + 1, YamlTreeReader.MANIFEST));
                } catch (YamlTreeReader.YamlSyntaxException e) {
                    problems.add(new Diagnostic(e.location(), e.getMessage()));
                }
                start = i;
            }
        }
        return new Documents(documents, problems);
    }

    private static boolean startsAsJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /**
     * A document marker at the start of a line. YAML allows it nowhere else at column 0 (block scalars are
     * indented, and quoted text may not hold one), so the text can be cut there before parsing.
     */
    private static boolean startsDocument(String line) {
        return line.startsWith("---") && (line.length() == 3 || line.charAt(3) == ' ' || line.charAt(3) == '\t');
    }

    /** Directives ({@code %YAML 1.1}) belong to the document their marker starts. */
    private static boolean onlyDirectives(List<String> lines) {
        return lines.stream().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#") || l.startsWith("%"));
    }
}
