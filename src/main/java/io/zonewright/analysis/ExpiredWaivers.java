package io.zonewright.analysis;

import io.zonewright.model.Waiver;

import java.util.List;

/** ZW301: a waiver whose date has passed no longer silences anything, and says so. */
final class ExpiredWaivers {

    static final RuleDescription DESCRIPTION = new RuleDescription("ZW301", "Waiver expired", Severity.MEDIUM,
            "A waiver is an accepted exception with an owner and an end date. When the date passes, the "
                    + "exception has to be reviewed again: the finding comes back, and so does this reminder.",
            "Fix the waived finding, or renew the waiver with its owner and a new date.");

    private ExpiredWaivers() {
    }

    static Finding finding(Waiver w) {
        return new Finding(DESCRIPTION.id(), DESCRIPTION.severity(), "the waiver of " + w.rule() + " for '" + w.target()
                + "' (owner " + w.owner() + ") expired on " + w.expires(), w.target(), List.of(w.target()), List.of(),
                DESCRIPTION.hint(), w.location());
    }
}
