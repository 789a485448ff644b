package io.zonewright.text;

/**
 * Text from a design made safe to show a human on one line: every character a terminal or a viewer would
 * act on instead of showing (C0 and C1 controls, DEL, bidirectional overrides, line separators, the byte
 * order mark) is written visibly as {@code \n}, {@code \t} or {@code \u001b}. A name can then neither
 * clear a screen, hide text, retitle a window, reorder what follows it, nor start a line of its own.
 */
public final class Visible {

    private Visible() {
    }

    public static String of(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                escape(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** As {@link #of}, cut to at most {@code max} characters with an ellipsis: for comment lines of bounded length. */
    public static String truncated(String text, int max) {
        String visible = of(text);
        if (visible.length() <= max) {
            return visible;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(visible.charAt(end - 1))) {
            end--;
        }
        return visible.substring(0, end) + "…";
    }

    /** Whether a character must not reach a terminal or a page as it is. */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029' || c == '\ufeff';
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append(String.format("\\u%04x", (int) c));
        }
    }
}
