package io.zonewright.export.aws;

import io.zonewright.text.Visible;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Terraform text, laid out as {@code terraform fmt} lays it out (two-space indents, the '=' of
 * consecutive attributes aligned), so that {@code terraform fmt -check} in a repository passes. Strings
 * from the design are escaped for HCL, where {@code ${} and {@code %{} would start a template.
 */
final class Hcl {

    private static final String[] INDENTS = {"", "  ", "    ", "      "};

    private final StringBuilder out;
    private final List<String> keys = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private int depth;
    private String indent = "";

    Hcl() {
        this(1024);
    }

    /** A file of about {@code capacity} characters. */
    Hcl(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** An HCL string literal of {@code text}: quotes, backslashes, controls and template openers escaped. */
    static String string(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '$', '%' -> s.append(c).append(i + 1 < text.length() && text.charAt(i + 1) == '{' ? String.valueOf(c) : "");
                default -> {
                    if (Visible.isUnsafe(c)) {
                        s.append(String.format("\\u%04X", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /**
     * A Terraform resource name for an element id. Ids may hold '.', names may not: such an id is folded and
     * given a checksum of the original, so that {@code a.b} and {@code a_b} still name two resources.
     */
    static String name(String id) {
        String folded = fold(id);
        if (folded.equals(id)) {
            return id;
        }
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return folded + "_" + HexFormat.of().toHexDigits((int) crc.getValue());
    }

    /** Text as part of a resource name: what a name may not hold becomes '_'. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (!isNameChar(chars[i])) {
                chars[i] = '_';
            }
        }
        return new String(chars);
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** The longest comment line. */
    static final int COMMENT_WIDTH = 200;

    void comment(String text) {
        flush();
        out.append(indent).append("# ").append(Visible.truncated(text, COMMENT_WIDTH)).append('\n');
    }

    /** The text so far, for a writer that lays out many blocks of one shape itself. */
    StringBuilder raw() {
        flush();
        return out;
    }

    void blank() {
        flush();
        out.append('\n');
    }

    void open(String header) {
        flush();
        out.append(indent).append(header).append(" {\n");
        indent = INDENTS[++depth];
    }

    void close() {
        flush();
        indent = INDENTS[--depth];
        out.append(indent).append("}\n");
    }

    /** An attribute whose value is already HCL (a reference, a number, a string literal). */
    void attribute(String key, String value) {
        keys.add(key);
        values.add(value);
    }

    void attribute(String key, long value) {
        attribute(key, Long.toString(value));
    }

    /** A map of string values, one entry a line: {@code key = {...}}. */
    void map(String key, List<String[]> entries) {
        flush();
        out.append(indent).append(key).append(" = {\n");
        indent = INDENTS[++depth];
        entries.forEach(e -> attribute(e[0], string(e[1])));
        flush();
        indent = INDENTS[--depth];
        out.append(indent).append("}\n");
    }

    /** A map of one entry whose key and value are already HCL. */
    void map(String key, String entryKey, String entryValue) {
        flush();
        out.append(indent).append(key).append(" = {\n").append(INDENTS[depth + 1]).append(entryKey).append(" = ")
                .append(entryValue).append('\n').append(indent).append("}\n");
    }

    /** A map key: bare when HCL allows it, quoted otherwise. */
    static String key(String key) {
        boolean identifier = !key.isEmpty() && !Character.isDigit(key.charAt(0)) && key.charAt(0) != '-';
        for (int i = 0; i < key.length() && identifier; i++) {
            identifier = isNameChar(key.charAt(i));
        }
        return identifier ? key : string(key);
    }

    private void flush() {
        int width = 0;
        for (String key : keys) {
            width = Math.max(width, key.length());
        }
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            out.append(indent).append(key);
            for (int pad = key.length(); pad < width; pad++) {
                out.append(' ');
            }
            out.append(" = ").append(values.get(i)).append('\n');
        }
        keys.clear();
        values.clear();
    }

    String text() {
        flush();
        return out.toString();
    }
}
