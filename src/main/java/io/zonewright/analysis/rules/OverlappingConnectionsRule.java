package io.zonewright.analysis.rules;

import io.zonewright.analysis.AbstractRule;
import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.EndpointScope;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** ZW111: no connection is a copy of another or contained in another. */
public final class OverlappingConnectionsRule extends AbstractRule {

    public OverlappingConnectionsRule() {
        super("ZW111", "Duplicate or overlapping connections", Severity.LOW,
                "A connection contained in a broader one documents a flow that the broader one already opens: "
                        + "removing the narrow one changes nothing, and a reviewer reading it is misled about "
                        + "what is really allowed.",
                "Remove the contained connection, or narrow the broader one.");
    }

    @Override
    public void check(AnalysisContext context, Consumer<Finding> findings) {
        Topology t = context.topology();
        Map<Endpoint, List<Connection>> byDestination = new HashMap<>();
        for (Connection c : t.connections()) {
            byDestination.computeIfAbsent(c.to(), d -> new ArrayList<>()).add(c);
        }
        for (Connection narrow : t.connections()) {
            for (Endpoint destination : coveringDestinations(t, narrow.to())) {
                for (Connection broad : byDestination.getOrDefault(destination, List.of())) {
                    if (broad != narrow && contains(context, broad, narrow) && !sameAndEarlier(context, narrow, broad)) {
                        findings.accept(connectionFinding(narrow, severity(), flow(t, narrow)
                                + " is already allowed by " + broad.id()));
                        break;
                    }
                }
            }
        }
    }

    /** The destinations, as written, that include {@code to}: itself, its zone, every service. */
    private static List<Endpoint> coveringDestinations(Topology t, Endpoint to) {
        List<Endpoint> out = new ArrayList<>(List.of(to));
        if (to instanceof Endpoint.ServiceRef ref) {
            out.add(new Endpoint.ZoneRef(t.service(ref.id()).zone()));
        }
        if (!(to instanceof Endpoint.AllServices)) {
            out.add(Endpoint.AllServices.INSTANCE);
        }
        return out;
    }

    private static boolean contains(AnalysisContext context, Connection broad, Connection narrow) {
        return broad.port().contains(narrow.port()) && covers(context, broad.from(), narrow.from());
    }

    /** Identical connections are reported once, on the second. */
    private static boolean sameAndEarlier(AnalysisContext context, Connection narrow, Connection broad) {
        boolean identical = contains(context, narrow, broad) && narrow.to().equals(broad.to());
        return identical && context.topology().connections().indexOf(narrow) < context.topology().connections().indexOf(broad);
    }

    private static boolean covers(AnalysisContext context, Endpoint broad, Endpoint narrow) {
        if (broad.equals(narrow) || broad instanceof Endpoint.AllServices && !(narrow instanceof Endpoint.Network)) {
            return true;
        }
        if (broad instanceof Endpoint.ZoneRef zone && narrow instanceof Endpoint.ServiceRef ref) {
            return context.topology().service(ref.id()).zone().equals(zone.id());
        }
        if (broad instanceof Endpoint.Network wide) {
            if (narrow instanceof Endpoint.Network net) {
                return wide.cidr().contains(net.cidr());
            }
            if (narrow instanceof Endpoint.ServiceRef) {
                EndpointScope scope = context.scope(broad);
                List<Service> inside = scope.services();
                return inside.contains(context.topology().service(((Endpoint.ServiceRef) narrow).id()));
            }
        }
        return false;
    }
}
