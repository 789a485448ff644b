package io.zonewright.analysis.rules;

import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.ConnectionRule;
import io.zonewright.analysis.EndpointScope;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Connection;

import java.util.function.Consumer;

/** ZW105: an internal source is the services that call, not a whole zone or address range. */
public final class BroadSourceRule extends ConnectionRule {

    public BroadSourceRule() {
        super("ZW105", "Broad source: a whole zone or network instead of the calling services", Severity.MEDIUM,
                "Least privilege by network path: a service should be reachable only by the services that "
                        + "actually call it, not by everything in a zone or subnet. The internet is exempt: it is "
                        + "a range by nature.",
                "Replace the zone or network source with one connection per calling service.");
    }

    @Override
    public void check(ResolvedConnection rc, AnalysisContext context, Consumer<Finding> findings) {
        Connection c = rc.connection();
        EndpointScope from = rc.from();
        if (from.broad() && !from.external()) {
            findings.accept(connectionFinding(c, severity(), flow(rc)
                    + " allows a whole range of sources instead of the services that call"));
        }
    }
}
