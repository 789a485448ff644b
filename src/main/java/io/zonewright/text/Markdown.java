package io.zonewright.text;

/**
 * Text from a design inside a Markdown table cell: shown as the text it is, never as a link, code,
 * emphasis, HTML or a new cell. The characters that open Markdown constructs in running text are escaped
 * with a backslash, {@code <}, {@code >} and {@code &} become entities (no tag, autolink or entity of the
 * text is read), a bare address loses what makes GitHub link it ({@code ://} and {@code www.}), and
 * controls are shown visibly.
 */
public final class Markdown {

    private static final String PUNCTUATION = "\\`*_[]|~";

    private Markdown() {
    }

    public static String text(String text) {
        if (isPlain(text)) {
            return text;
        }
        String visible = Visible.of(text);
        StringBuilder out = new StringBuilder(visible.length() + 16);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (PUNCTUATION.indexOf(c) >= 0 || startsAutolink(visible, i)) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * An identifier as a code span, which Markdown shows exactly as written; text that a code span could not
     * hold (a backtick, a pipe, a control character) is escaped as text instead.
     */
    public static String code(String text) {
        return fitsCodeSpan(text) ? "`" + text + "`" : text(text);
    }

    private static boolean fitsCodeSpan(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`' || c == '|' || Visible.isUnsafe(c)) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** Whether nothing in the text needs escaping: letters, digits, spaces and harmless punctuation only. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean harmless = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || " ,-/()'".indexOf(c) >= 0;
            if (!harmless) {
                return false;
            }
        }
        return true;
    }

    /** The ':' of "://" and the '.' of "www.", where GitHub starts a link of its own. */
    private static boolean startsAutolink(String text, int i) {
        char c = text.charAt(i);
        if (c == ':') {
            return text.startsWith("//", i + 1);
        }
        return c == '.' && i >= 3 && (text.charAt(i - 1) | 0x20) == 'w' && (text.charAt(i - 2) | 0x20) == 'w'
                && (text.charAt(i - 3) | 0x20) == 'w';
    }
}
