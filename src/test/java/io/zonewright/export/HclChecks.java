package io.zonewright.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offline reading of generated Terraform, since providers cannot be downloaded here: it tokenises the
 * file as HCL does (comments, string literals with their escapes, braces) and refuses an unterminated or
 * badly escaped string, a template sequence ({@code ${}, {@code %{}) in a literal, and unbalanced blocks;
 * it returns the resources with their attributes for tests to look at.
 */
final class HclChecks {

    record Resource(String type, String name, Map<String, String> attributes) {
    }

    private static final Pattern RESOURCE = Pattern.compile("^resource \"([a-z0-9_]+)\" \"([A-Za-z_][A-Za-z0-9_-]*)\" \\{$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+= (.*)$");

    private HclChecks() {
    }

    /** The problems of the text; empty when it reads as HCL should. */
    static List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth < 0) {
                    out.add(line + ": '}' without '{'");
                }
            } else if (c == '"') {
                i = string(text, i, line, out);
            }
        }
        if (depth != 0) {
            out.add("unbalanced braces: depth " + depth + " at the end");
        }
        return out;
    }

    /** Reads a string literal from its opening quote; returns the index of its closing quote. */
    private static int string(String text, int start, int line, List<String> out) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.add(line + ": a string literal runs past the end of its line");
                return i;
            }
            if (c == '"') {
                return i;
            }
            if (c == '\\') {
                char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                if (next == 'u') {
                    i += 5;
                } else if ("\\\"nrt".indexOf(next) >= 0) {
                    i++;
                } else {
                    out.add(line + ": bad escape \\" + next);
                }
            } else if ((c == '$' || c == '%') && i + 1 < text.length()) {
                if (text.charAt(i + 1) == c) {
                    i++;
                } else if (text.charAt(i + 1) == '{') {
                    out.add(line + ": a template sequence " + c + "{ in a literal");
                }
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                out.add(line + ": a raw control character in a string");
            }
        }
        out.add(line + ": an unterminated string");
        return text.length();
    }

    /** The top-level resources with their one-line attributes, in file order. */
    static List<Resource> resources(String text) {
        List<Resource> out = new ArrayList<>();
        Resource current = null;
        for (String l : text.split("\n")) {
            Matcher r = RESOURCE.matcher(l);
            if (r.matches()) {
                current = new Resource(r.group(1), r.group(2), new LinkedHashMap<>());
                out.add(current);
            } else if (l.equals("}")) {
                current = null;
            } else if (current != null) {
                Matcher a = ATTRIBUTE.matcher(l);
                if (a.matches() && l.startsWith("  ") && !l.startsWith("    ")) {
                    current.attributes().put(a.group(1), a.group(2));
                }
            }
        }
        return out;
    }
}
