package io.zonewright.analysis.rules;

import io.zonewright.analysis.AbstractRule;
import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.ConnectionChange;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.analysis.UpdatableRule;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;

import java.util.List;

/**
 * ZW110: a port a service listens on is one some connection uses. Each listening port counts the
 * connections that use it, so an edit only adds and takes away the uses of the connections it touched.
 */
public final class UnusedListenerRule extends AbstractRule implements UpdatableRule {

    public UnusedListenerRule() {
        super("ZW110", "Exposed but unused: a listening port no connection uses", Severity.LOW,
                "The cost of opening a port you forgot about is much higher than the inconvenience of opening "
                        + "one you need. A listening port that no allowed connection uses is either a forgotten "
                        + "door or an undocumented flow.",
                "Stop listening on the port, or document the connection that uses it.");
    }

    /**
     * Uses per (service, listening port), numbered from each service's offset so that no list is kept per
     * service, and the finding of each port nothing uses.
     */
    private record Uses(int[] offset, int[] count, Finding[] unused) implements Outcome {

        @Override
        public List<Finding> findings() {
            return UpdatableRule.present(unused);
        }
    }

    @Override
    public Outcome checkAll(AnalysisContext context) {
        List<Service> services = context.topology().services();
        int[] offset = new int[services.size() + 1];
        for (int i = 0; i < services.size(); i++) {
            offset[i + 1] = offset[i] + services.get(i).listens().size();
        }
        int[] count = new int[offset[services.size()]];
        for (ResolvedConnection rc : context.connections()) {
            countUses(rc, services, offset, count, 1);
        }
        Finding[] unused = new Finding[count.length];
        for (int s = 0; s < services.size(); s++) {
            for (int slot = offset[s]; slot < offset[s + 1]; slot++) {
                unused[slot] = count[slot] == 0 ? finding(services.get(s), slot - offset[s]) : null;
            }
        }
        return new Uses(offset, count, unused);
    }

    @Override
    public Outcome update(Outcome before, AnalysisContext context, ConnectionChange change) {
        Uses was = (Uses) before;
        List<Service> services = context.topology().services();
        int[] count = was.count().clone();
        change.removed().forEach(rc -> countUses(rc, services, was.offset(), count, -1));
        change.added().forEach(rc -> countUses(rc, services, was.offset(), count, 1));
        Finding[] unused = was.unused().clone();
        for (ResolvedConnection rc : change.touched()) {
            for (int s : rc.to().serviceIndexes()) {
                for (int slot = was.offset()[s]; slot < was.offset()[s + 1]; slot++) {
                    if ((count[slot] == 0) != (unused[slot] != null)) {
                        unused[slot] = count[slot] == 0 ? finding(services.get(s), slot - was.offset()[s]) : null;
                    }
                }
            }
        }
        for (int s : change.renamed()) {
            for (int slot = was.offset()[s]; slot < was.offset()[s + 1]; slot++) {
                unused[slot] = count[slot] == 0 ? finding(services.get(s), slot - was.offset()[s]) : null;
            }
        }
        return new Uses(was.offset(), count, unused);
    }

    /** Adds {@code delta} to the uses of every listening port of the destinations that the connection's port meets. */
    private static void countUses(ResolvedConnection rc, List<Service> services, int[] offset, int[] count, int delta) {
        PortSpec port = rc.connection().port();
        for (int s : rc.to().serviceIndexes()) {
            List<PortSpec> listens = services.get(s).listens();
            for (int l = 0; l < listens.size(); l++) {
                if (listens.get(l).overlaps(port)) {
                    count[offset[s] + l] += delta;
                }
            }
        }
    }

    private Finding finding(Service s, int listen) {
        return serviceFinding(s, severity(), describe(s) + " listens on " + s.listens().get(listen)
                + " but no connection uses it", List.of(s.id()), List.of());
    }
}
