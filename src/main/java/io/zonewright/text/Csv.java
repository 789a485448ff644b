package io.zonewright.text;

/**
 * One CSV record as RFC 4180 writes it: fields with a comma, quote or line break are quoted, quotes
 * doubled, lines ended with CRLF. A free-text field shows its control characters visibly (one record a
 * line, nothing a viewer would act on), and one that a spreadsheet would run as a formula (starting with
 * {@code = + - @}) gets a leading apostrophe, as OWASP advises.
 */
public final class Csv {

    private Csv() {
    }

    /** Appends one record to {@code out}. */
    public static void append(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            field(out, fields[i]);
        }
        out.append("\r\n");
    }

    /** A free-text value, made inert for viewers and spreadsheets. */
    public static String text(String value) {
        String visible = Visible.of(value);
        if (!visible.isEmpty() && "=+-@".indexOf(visible.charAt(0)) >= 0) {
            return "'" + visible;
        }
        return visible;
    }

    private static void field(StringBuilder out, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (quote) {
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            out.append(value);
        }
    }
}
