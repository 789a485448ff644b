package io.zonewright.text;

/** Text inside XML, SVG and HTML elements and quoted attributes: markup escaped, controls shown visibly. */
public final class Xml {

    private Xml() {
    }

    public static String escape(String text) {
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
}
