package io.zonewright.analysis.rules;

import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.ConnectionRule;
import io.zonewright.analysis.EndpointScope;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Connection;

import java.util.function.Consumer;

/** ZW113: a connection goes to named services, not to a whole zone or every service. */
public final class BroadDestinationRule extends ConnectionRule {

    public BroadDestinationRule() {
        super("ZW113", "Broad destination: a whole zone or every service", Severity.MEDIUM,
                "A connection to a zone or to every service opens the port on services that may never serve it, "
                        + "including services added later. Monitoring scrapers are the usual, waived, exception.",
                "List the destination services, or waive the finding with the reason (e.g. metrics scraping).");
    }

    @Override
    public void check(ResolvedConnection rc, AnalysisContext context, Consumer<Finding> findings) {
        Connection c = rc.connection();
        EndpointScope to = rc.to();
        if (to.broad() && !to.external()) {
            findings.accept(connectionFinding(c, severity(), flow(rc)
                    + " opens the port on a whole range of destinations"));
        }
    }
}
