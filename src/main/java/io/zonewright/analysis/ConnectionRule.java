package io.zonewright.analysis;

import java.util.function.Consumer;

/** A rule that judges each connection on its own. */
public abstract class ConnectionRule extends AbstractRule {

    protected ConnectionRule(String id, String title, Severity severity, String rationale, String hint) {
        super(id, title, severity, rationale, hint);
    }

    @Override
    public final void check(AnalysisContext context, Consumer<Finding> findings) {
        for (ResolvedConnection rc : context.connections()) {
            check(rc, context, findings);
        }
    }

    public abstract void check(ResolvedConnection rc, AnalysisContext context, Consumer<Finding> findings);
}
