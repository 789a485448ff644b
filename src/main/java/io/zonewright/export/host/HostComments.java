package io.zonewright.export.host;

import io.zonewright.flows.Flow;
import io.zonewright.model.Cidr;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.text.Visible;

import java.util.stream.Collectors;

/**
 * The comment lines of a host ruleset. Names and purposes come from the design: each line shows their
 * control characters visibly and is cut to a bounded width, so no text can end the comment or make the
 * line too long for iptables-restore.
 */
public final class HostComments {

    private static final int WIDTH = 200;

    private HostComments() {
    }

    /** The lines every ruleset starts with. */
    public static String header(HostPolicy policy, Topology topology, String what) {
        Service host = policy.host();
        StringBuilder out = new StringBuilder();
        line(out, "", what + " of " + host.displayName() + " (" + host.id() + "), zone "
                + topology.zoneOf(host).displayName() + ", from the design \"" + topology.name()
                + "\" by Zonewright: export again rather than edit.");
        line(out, "", "For each host in " + host.addresses().stream().map(Cidr::toString).collect(Collectors.joining(", "))
                + ". Default deny both ways; each documented connection carries its id.");
        return out.toString();
    }

    /** One comment line. */
    public static void line(StringBuilder out, String indent, String text) {
        out.append(indent).append("# ").append(visibleLine(text)).append('\n');
    }

    /** Text as a comment line holds it: controls shown visibly, cut to the line's width. */
    static String visibleLine(String text) {
        return Visible.truncated(text, WIDTH);
    }

    /** The same, cut for the end of a line that holds something else. */
    static String visibleInline(String text) {
        return Visible.truncated(text, WIDTH - 40);
    }

    /** A flow as a comment describes it beside its rule, which carries its id and port: its ends and purpose. */
    public static String describe(Flow flow) {
        String text = flow.from().label() + " -> " + flow.to().label();
        return flow.connection().hasPurpose() ? text + ": " + flow.connection().purpose() : text;
    }
}
