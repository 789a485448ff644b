package io.zonewright.analysis.rules;

import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.ConnectionRule;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Connection;

import java.util.function.Consumer;

/** ZW108: every allowed connection says why it exists. */
public final class MissingPurposeRule extends ConnectionRule {

    public MissingPurposeRule() {
        super("ZW108", "Connection without a purpose", Severity.LOW,
                "Every open port and allowed path should be documented. A connection without a purpose cannot be "
                        + "reviewed: no one can tell whether it is still needed.",
                "Write what the connection is for in 'purpose'.");
    }

    @Override
    public boolean readsConnectionDetails() {
        return true;
    }

    @Override
    public void check(ResolvedConnection rc, AnalysisContext context, Consumer<Finding> findings) {
        Connection c = rc.connection();
        if (!c.hasPurpose()) {
            findings.accept(connectionFinding(c, severity(), flow(rc) + " has no purpose"));
        }
    }
}
