package io.zonewright.text;

/** Text inside XML, SVG and HTML elements and quoted attributes: markup escaped, controls shown visibly. */
public final class Xml {

    private Xml() {
    }

    public static String escape(String text) {
        if (isPlain(text)) {
            return text;
        }
        String visible = Visible.of(text);
        StringBuilder out = new StringBuilder(visible.length() + 16);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the text needs nothing escaped: most names and purposes do not. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || Visible.isUnsafe(c)) {
                return false;
            }
        }
        return true;
    }
}
