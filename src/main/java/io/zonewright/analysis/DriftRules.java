package io.zonewright.analysis;

import java.util.List;

/**
 * The ids under which an audit reports drift, so that a design can waive an accepted one like any finding.
 * The analysis of a design never raises them: a waiver of one is used, or not, by an audit.
 */
public final class DriftRules {

    public static final RuleDescription MISSING = new RuleDescription("ZW401", "Documented connection not deployed",
            Severity.MEDIUM, "The design documents a connection that what is deployed does not allow: a service that "
            + "depends on it fails, or the design is out of date.", "Deploy the connection, or remove it from the design.");

    public static final RuleDescription EXTRA = new RuleDescription("ZW402", "Deployed flow not in the design",
            Severity.HIGH, "What is deployed allows a flow that no connection documents: the boundary is open where the "
            + "reviewed design says it is closed.", "Remove the rule that allows it, or adopt the flow into the design.");

    public static final RuleDescription BROADER = new RuleDescription("ZW403", "Deployed rule broader than documented",
            Severity.HIGH, "A deployed rule allows more ports, more peers or more protocols than the connection it stands "
            + "for: least privilege is lost in the enforcement.", "Narrow the rule to the documented connection.");

    public static final List<RuleDescription> ALL = List.of(MISSING, EXTRA, BROADER);

    private DriftRules() {
    }

    public static boolean isDriftRule(String id) {
        return ALL.stream().anyMatch(r -> r.id().equals(id));
    }
}
