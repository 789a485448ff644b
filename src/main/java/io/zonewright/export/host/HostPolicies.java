package io.zonewright.export.host;

import io.zonewright.flows.Flows;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.List;

/** The policy of every host of a design, in the design's service order: what both host firewalls render. */
public record HostPolicies(List<HostPolicy> all) {

    public static HostPolicies of(Flows flows) {
        List<HostPolicy> out = new ArrayList<>();
        Topology t = flows.topology();
        FlowComments comments = new FlowComments(flows);
        for (Service s : t.services()) {
            if (HostPolicy.isHost(t, s)) {
                out.add(HostPolicy.of(flows, s, comments));
            }
        }
        return new HostPolicies(List.copyOf(out));
    }
}
