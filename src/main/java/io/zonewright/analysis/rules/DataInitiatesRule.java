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

/** ZW112: data stores answer; they do not call out, except to each other (replication). */
public final class DataInitiatesRule extends ConnectionRule {

    public DataInitiatesRule() {
        super("ZW112", "A data-zone service initiates connections out of the data zone", Severity.HIGH,
                "Databases should not call out. A data store that can open connections to other zones is the "
                        + "ideal exfiltration point once compromised.",
                "Remove the connection; if an application needs the data pushed, let the application pull it.");
    }

    @Override
    public void check(ResolvedConnection rc, AnalysisContext context, Consumer<Finding> findings) {
        Connection c = rc.connection();
        EndpointScope from = rc.from();
        EndpointScope to = rc.to();
        if (from.onlyRole(ZoneRole.DATA) && !to.onlyRole(ZoneRole.DATA)) {
            findings.accept(connectionFinding(c, severity(), flow(rc)
                    + ": a data-zone service opens connections out of the data zone"));
        }
    }
}
