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
        int[] fromZones = rc.from().zoneIndexes();
        int[] toZones = rc.to().zoneIndexes();
        for (int f = 0; f < fromZones.length; f++) {
            for (int t = 0; t < toZones.length; t++) {
                if (fromZones[f] == toZones[t]) {
                    continue;
                }
                PolicyRule rule = context.crossing(fromZones[f], toZones[t]);
                if (rule == null || !rule.allows(c.port())) {
                    findings.accept(finding(rc, rc.from().zones().get(f), rc.to().zones().get(t), rule));
                }
            }
        }
    }

    private Finding finding(ResolvedConnection rc, Zone from, Zone to, PolicyRule rule) {
        String a = "'" + from.displayName() + "'";
        String b = "'" + to.displayName() + "'";
        return connectionFinding(rc.connection(), severity(), flow(rc) + (rule == null
                ? " crosses from zone " + a + " to " + b + ", which the zone policy does not allow"
                : ": the zone policy allows " + a + " -> " + b + " only on " + rule.ports()));
    }
}
