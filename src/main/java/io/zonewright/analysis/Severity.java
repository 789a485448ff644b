package io.zonewright.analysis;

import java.util.Locale;

/** How bad a finding is; declared from the worst down, so the natural order sorts worst first. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    /** Whether this severity is as bad as {@code threshold} or worse. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
