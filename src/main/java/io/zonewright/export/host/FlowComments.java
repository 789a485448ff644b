package io.zonewright.export.host;

import io.zonewright.flows.Flow;
import io.zonewright.flows.Flows;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The comment that describes each flow beside its rules, made once for every host and both host firewalls:
 * a flow is written into the rulesets of both its ends, by nftables and iptables, for each address family,
 * and tens of thousands of flows would otherwise be described and made visible over and over.
 */
public final class FlowComments {

    private final Map<Flow, String> lines = new IdentityHashMap<>();
    private final Map<Flow, String> inline = new IdentityHashMap<>();

    FlowComments(Flows flows) {
        // Keyed by identity: a flow's record hash would read its whole ends, every service of a zone or of '*'.
        for (Flow f : flows.all()) {
            String described = HostComments.describe(f);
            lines.put(f, HostComments.visibleLine(described));
            inline.put(f, HostComments.visibleInline(described));
        }
    }

    /** Appends the comment line that describes a flow before its own rule. */
    public void line(StringBuilder out, String indent, Flow flow) {
        out.append(indent).append("# ").append(lines.get(flow)).append('\n');
    }

    /** The description cut for the end of a line that holds something else. */
    public String inline(Flow flow) {
        return inline.get(flow);
    }
}
