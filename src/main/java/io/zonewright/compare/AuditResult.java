package io.zonewright.compare;

import java.util.List;

/** The drift of a design from one deployment it was audited against, and what the audit could not compare. */
public record AuditResult(String against, List<Drift> drifts, List<String> notes) {

    public long count(Drift.Kind kind) {
        return drifts.stream().filter(d -> d.kind() == kind).count();
    }
}
