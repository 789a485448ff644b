package io.zonewright.model;

import java.time.LocalDate;

/** An accepted exception: the finding of {@code rule} on {@code target} is silenced until {@code expires}. */
public record Waiver(String rule, String target, String reason, String owner, LocalDate expires,
                     SourceLocation location) {

    public boolean isExpiredOn(LocalDate day) {
        return day.isAfter(expires);
    }
}
