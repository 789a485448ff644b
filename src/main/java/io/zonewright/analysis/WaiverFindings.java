package io.zonewright.analysis;

import io.zonewright.model.Waiver;

import java.util.List;

/**
 * ZW301: a waiver whose date has passed no longer silences anything, and says so. ZW302: a waiver that
 * silences nothing is stale (the finding was fixed, or the target renamed) and would hide a future finding.
 */
final class WaiverFindings {

    static final RuleDescription EXPIRED = new RuleDescription("ZW301", "Waiver expired", Severity.MEDIUM,
            "A waiver is an accepted exception with an owner and an end date. When the date passes, the "
                    + "exception has to be reviewed again: the finding comes back, and so does this reminder.",
            "Fix the waived finding, or renew the waiver with its owner and a new date.");

    static final RuleDescription UNUSED = new RuleDescription("ZW302", "Waiver matches no finding", Severity.INFO,
            "A waiver that silences nothing is stale: the finding was fixed or its target renamed. Left in place, "
                    + "it would silently swallow a future finding of the same rule on the same target.",
            "Remove the waiver.");

    private WaiverFindings() {
    }

    static Finding expired(Waiver w) {
        return new Finding(EXPIRED.id(), EXPIRED.severity(), "the waiver of " + w.rule() + " for '" + w.target()
                + "' (owner " + w.owner() + ") expired on " + w.expires(), w.target(), List.of(w.target()), List.of(),
                EXPIRED.hint(), w.location());
    }

    static Finding unused(Waiver w) {
        return new Finding(UNUSED.id(), UNUSED.severity(), "the waiver of " + w.rule() + " for '" + w.target()
                + "' (owner " + w.owner() + ") matches no finding", w.target(), List.of(w.target()), List.of(),
                UNUSED.hint(), w.location());
    }
}
