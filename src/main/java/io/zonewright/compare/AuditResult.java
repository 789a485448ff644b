package io.zonewright.compare;

import io.zonewright.model.Waiver;

import java.util.List;

/**
 * The drift of a design from one deployment it was audited against, the drift the design waives, and what
 * the audit could not compare.
 */
public record AuditResult(String against, List<Drift> drifts, List<String> notes, List<Waived> waived) {

    /** A drift the design accepts, and the waiver that says so. */
    public record Waived(Drift drift, Waiver waiver) {
    }

    public AuditResult(String against, List<Drift> drifts, List<String> notes) {
        this(against, drifts, notes, List.of());
    }

    public long count(Drift.Kind kind) {
        return drifts.stream().filter(d -> d.kind() == kind).count();
    }
}
