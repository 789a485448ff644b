package io.zonewright.analysis.rules;

import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.ConnectionRule;
import io.zonewright.analysis.EndpointScope;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Connection;
import io.zonewright.model.ZoneRole;

import java.util.function.Consumer;

/** ZW102: nothing public or external talks to the data zone directly. */
public final class PublicToDataRule extends ConnectionRule {

    public PublicToDataRule() {
        super("ZW102", "Public or external source connects directly to the data zone", Severity.CRITICAL,
                "The data zone is the most restricted: only specific application services connect to it. A "
                        + "public-zone or internet source reaching it directly skips the application zone, so one "
                        + "exploited edge service is one step from the data.",
                "Let an application-zone service make the call, and remove the direct connection.");
    }

    @Override
    public void check(ResolvedConnection rc, AnalysisContext context, Consumer<Finding> findings) {
        Connection c = rc.connection();
        EndpointScope from = rc.from();
        boolean exposedSource = from.external() || from.touchesRole(ZoneRole.PUBLIC);
        if (exposedSource && rc.to().touchesRole(ZoneRole.DATA)) {
            findings.accept(connectionFinding(c, severity(), flow(rc)
                    + " reaches the data zone directly, without passing the application zone"));
        }
    }
}
