package io.zonewright.analysis.rules;

import io.zonewright.analysis.AbstractRule;
import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;

import java.util.BitSet;
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
        // One bit per (service, listening port), numbered from each service's offset: no list per service.
        int[] offset = new int[services.size() + 1];
        for (int i = 0; i < services.size(); i++) {
            offset[i + 1] = offset[i] + services.get(i).listens().size();
        }
        BitSet used = new BitSet(offset[services.size()]);
        for (ResolvedConnection rc : context.connections()) {
            PortSpec port = rc.connection().port();
            for (int s : rc.to().serviceIndexes()) {
                List<PortSpec> listens = services.get(s).listens();
                for (int l = 0; l < listens.size(); l++) {
                    if (listens.get(l).overlaps(port)) {
                        used.set(offset[s] + l);
                    }
                }
            }
        }
        for (int i = 0; i < services.size(); i++) {
            Service s = services.get(i);
            for (int l = 0; l < s.listens().size(); l++) {
                if (!used.get(offset[i] + l)) {
                    findings.accept(serviceFinding(s, severity(), describe(s) + " listens on " + s.listens().get(l)
                            + " but no connection uses it", List.of(s.id()), List.of()));
                }
            }
        }
    }
}
