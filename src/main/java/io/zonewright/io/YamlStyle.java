package io.zonewright.io;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How every YAML file this program writes looks: block style, plain scalars where they stay strings, and
 * quotes wherever some reader would take the text for something else. Jackson quotes what YAML 1.2 would
 * misread; PyYAML, yq and Kubernetes tooling still follow YAML 1.1, which also reads {@code yes},
 * {@code on}, {@code 0x1F}, {@code 1_000}, {@code 1:20}, {@code .inf}, {@code 2026-01-31} and the merge
 * key {@code <<} as non-strings. Those are quoted too, as keys and as values, so that a file means the same
 * to every reader.
 */
public final class YamlStyle {

    /** Booleans and nulls of YAML 1.1 (1.2 has a subset of them), the merge key and the value key. */
    private static final Set<String> WORDS = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
            "~", "null", "Null", "NULL", "<<", "=");

    /** Numbers and timestamps, which start with a digit, a sign or a dot. */
    private static final Pattern NUMBERS_AND_DATES = Pattern.compile(String.join("|",
            // integers: binary, octal (1.1 and 1.2 spelling), decimal, hexadecimal, sexagesimal
            "[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+",
            "[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
            // floats: 1.1 (a dot needed), 1.2 (1e3), sexagesimal, infinities and not-a-number
            "[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?",
            "[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?",
            "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*",
            // what Jackson itself quotes as a number (its own check is off: it would run on every string)
            "[-+]?[0-9]*(?:\\.[0-9]*)?",
            "[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)",
            // timestamps: a date, alone or starting a date and time
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?"));

    /** Every character a number or a timestamp may hold: text with any other is neither. */
    private static final String NUMBER_AND_DATE_CHARACTERS = "0123456789+-._: abcdefABCDEFxXoOtTzZiInN";

    private YamlStyle() {
    }

    /** A factory for documents in this style; {@code documentMarker} starts each with {@code ---}. */
    public static YAMLFactory factory(boolean documentMarker) {
        return YAMLFactory.builder()
                .configure(YAMLGenerator.Feature.WRITE_DOC_START_MARKER, documentMarker)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .stringQuotingChecker(new EveryReader())
                .build();
    }

    /** Whether a plain scalar of this text would be read as something other than this string by some reader. */
    public static boolean misreadPlain(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean numeric = first >= '0' && first <= '9' || first == '+' || first == '-' || first == '.';
        if (!numeric) {
            return text.length() <= 5 && WORDS.contains(text);
        }
        for (int i = 0; i < text.length(); i++) {
            if (NUMBER_AND_DATE_CHARACTERS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return NUMBERS_AND_DATES.matcher(text).matches();
    }

    /** Jackson's checks, plus every YAML 1.1 type. */
    private static final class EveryReader extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteName(String name) {
            return super.needToQuoteName(name) || misreadPlain(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || misreadPlain(value);
        }
    }
}
