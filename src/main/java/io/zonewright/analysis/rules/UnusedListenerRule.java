package io.zonewright.analysis.rules;

import io.zonewright.analysis.AbstractRule;
import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** ZW110: a port a service listens on is one some connection uses. */
public final class UnusedListenerRule extends AbstractRule {

    public UnusedListenerRule() {
        super("ZW110", "Exposed but unused: a listening port no connection uses", Severity.LOW,
                "The cost of opening a port you forgot about is much higher than the inconvenience of opening "
                        + "one you need. A listening port that no allowed connection uses is either a forgotten "
                        + "door or an undocumented flow.",
                "Stop listening on the port, or document the connection that uses it.");
    }

    @Override
    public void check(AnalysisContext context, Consumer<Finding> findings) {
        List<Service> services = context.topology().services();
        @SuppressWarnings("unchecked")
        List<PortSpec>[] inbound = new List[services.size()];
        for (ResolvedConnection rc : context.connections()) {
            for (int s : rc.to().serviceIndexes()) {
                if (inbound[s] == null) {
                    inbound[s] = new ArrayList<>(2);
                }
                inbound[s].add(rc.connection().port());
            }
        }
        for (int i = 0; i < services.size(); i++) {
            Service s = services.get(i);
            List<PortSpec> used = inbound[i] == null ? List.of() : inbound[i];
            for (PortSpec listen : s.listens()) {
                if (!anyOverlaps(used, listen)) {
                    findings.accept(serviceFinding(s, severity(), describe(s) + " listens on " + listen
                            + " but no connection uses it", List.of(s.id()), List.of()));
                }
            }
        }
    }

    private static boolean anyOverlaps(List<PortSpec> used, PortSpec listen) {
        for (PortSpec port : used) {
            if (port.overlaps(listen)) {
                return true;
            }
        }
        return false;
    }
}
