package io.zonewright.analysis.rules;

import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.ConnectionRule;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Connection;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.Zone;

import java.util.function.Consumer;

/** ZW101: every zone crossing needs a policy rule that allows it, on the connection's port. */
public final class ZoneCrossingRule extends ConnectionRule {

    public ZoneCrossingRule() {
        super("ZW101", "Zone crossing not allowed by the zone policy", Severity.HIGH,
                "Default deny: the boundary between two zones starts closed. A connection that crosses it must "
                        + "be covered by an explicit zone-to-zone policy entry, so that the policy stays the one "
                        + "place where crossings are decided.",
                "Add the crossing (and its port) to the zone policy, or route the flow through an allowed zone.");
    }

    @Override
    public void check(ResolvedConnection rc, AnalysisContext context, Consumer<Finding> findings) {
        Connection c = rc.connection();
        for (Zone from : rc.from().zones()) {
            for (Zone to : rc.to().zones()) {
                if (from == to) {
                    continue;
                }
                PolicyRule rule = context.crossing(from, to);
                if (rule == null) {
                    findings.accept(connectionFinding(c, severity(), flow(context.topology(), c) + " crosses from zone '"
                            + from.displayName() + "' to '" + to.displayName() + "', which the zone policy does not allow"));
                } else if (!rule.allows(c.port())) {
                    findings.accept(connectionFinding(c, severity(), flow(context.topology(), c) + ": the zone policy allows '"
                            + from.displayName() + "' -> '" + to.displayName() + "' only on " + rule.ports()));
                }
            }
        }
    }
}
