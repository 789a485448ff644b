package io.zonewright.analysis;

import io.zonewright.model.Connection;

import java.util.function.Consumer;

/** A rule that judges each connection on its own. */
public abstract class ConnectionRule extends AbstractRule {

    protected ConnectionRule(String id, String title, Severity severity, String rationale, String hint) {
        super(id, title, severity, rationale, hint);
    }

    @Override
    public final void check(AnalysisContext context, Consumer<Finding> findings) {
        for (Connection c : context.topology().connections()) {
            check(c, context, findings);
        }
    }

    protected abstract void check(Connection c, AnalysisContext context, Consumer<Finding> findings);
}
