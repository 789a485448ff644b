package io.zonewright.analysis.rules;

import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.ConnectionRule;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Connection;
import io.zonewright.model.Protocol;

import java.util.function.Consumer;

/** ZW107: a connection names its port, not a wide range or every protocol. */
public final class WidePortsRule extends ConnectionRule {

    public WidePortsRule() {
        super("ZW107", "Wide port range or protocol any", Severity.MEDIUM,
                "Every open port is a door. A wide range or 'any' opens doors that no one documented and no one "
                        + "watches, which is the opposite of default deny.",
                "Name the port (or the few ports) the service really uses.");
    }

    @Override
    public void check(ResolvedConnection rc, AnalysisContext context, Consumer<Finding> findings) {
        Connection c = rc.connection();
        if (c.port().protocol() == Protocol.ANY) {
            findings.accept(connectionFinding(c, severity(), flow(rc) + " allows every protocol and port"));
        } else if (c.port().protocol().hasPorts() && c.port().ports().size() > context.options().widePortRange()) {
            findings.accept(connectionFinding(c, severity(), flow(rc) + " opens "
                    + c.port().ports().size() + " ports"));
        }
    }
}
