package io.zonewright.analysis.rules;

import io.zonewright.analysis.AbstractRule;
import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.EndpointScope;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
        Candidates candidates = new Candidates(context.connections());
        for (ResolvedConnection narrow : context.connections()) {
            ResolvedConnection broad = candidates.firstContaining(t, narrow);
            if (broad != null) {
                findings.accept(connectionFinding(narrow.connection(), severity(), flow(t, narrow.connection())
                        + " is already allowed by " + broad.connection().id()));
            }
        }
    }

    /**
     * Connections grouped so that each one meets only those that could contain it: the same source and
     * destination, a broad source to the same destination, or a zone-wide or all-service destination.
     * Resolved scopes are shared per endpoint, so they group by identity.
     */
    private static final class Candidates {
        private final Map<EndpointScope, Destination> byDestination = new IdentityHashMap<>();
        private final Map<String, List<ResolvedConnection>> byZoneDestination = new HashMap<>();
        private final List<ResolvedConnection> toEveryService = new ArrayList<>();

        /** The connections to one destination, by source; broad sources apart. */
        private static final class Destination {
            final Map<EndpointScope, List<ResolvedConnection>> bySource = new IdentityHashMap<>();
            final List<ResolvedConnection> broadSources = new ArrayList<>(0);
        }

        Candidates(List<ResolvedConnection> connections) {
            for (ResolvedConnection rc : connections) {
                Endpoint to = rc.connection().to();
                if (to instanceof Endpoint.AllServices) {
                    toEveryService.add(rc);
                } else if (to instanceof Endpoint.ZoneRef zone) {
                    byZoneDestination.computeIfAbsent(zone.id(), z -> new ArrayList<>(2)).add(rc);
                } else {
                    Destination d = byDestination.computeIfAbsent(rc.to(), scope -> new Destination());
                    d.bySource.computeIfAbsent(rc.from(), scope -> new ArrayList<>(1)).add(rc);
                    if (rc.from().broad()) {
                        d.broadSources.add(rc);
                    }
                }
            }
        }

        ResolvedConnection firstContaining(Topology t, ResolvedConnection narrow) {
            Endpoint to = narrow.connection().to();
            ResolvedConnection found = null;
            if (to instanceof Endpoint.ZoneRef zone) {
                found = first(byZoneDestination.get(zone.id()), narrow);
            } else if (!(to instanceof Endpoint.AllServices)) {
                Destination d = byDestination.get(narrow.to());
                found = first(d.bySource.get(narrow.from()), narrow);
                if (found == null) {
                    found = first(d.broadSources, narrow);
                }
                if (found == null && to instanceof Endpoint.ServiceRef ref) {
                    found = first(byZoneDestination.get(t.service(ref.id()).zone()), narrow);
                }
            }
            return found != null ? found : first(toEveryService, narrow);
        }

        private static ResolvedConnection first(List<ResolvedConnection> broader, ResolvedConnection narrow) {
            if (broader == null) {
                return null;
            }
            for (ResolvedConnection broad : broader) {
                if (broad != narrow && contains(broad, narrow) && !identicalAndFirst(narrow, broad)) {
                    return broad;
                }
            }
            return null;
        }
    }

    private static boolean contains(ResolvedConnection broad, ResolvedConnection narrow) {
        return broad.connection().port().contains(narrow.connection().port()) && covers(broad, narrow);
    }

    /** Identical connections (they differ only by id) are reported once, on the one whose id sorts last. */
    private static boolean identicalAndFirst(ResolvedConnection narrow, ResolvedConnection broad) {
        boolean identical = contains(narrow, broad) && narrow.connection().to().equals(broad.connection().to());
        return identical && narrow.connection().id().compareTo(broad.connection().id()) < 0;
    }

    private static boolean covers(ResolvedConnection broad, ResolvedConnection narrow) {
        Endpoint wide = broad.connection().from();
        Endpoint small = narrow.connection().from();
        if (wide.equals(small)) {
            return true;
        }
        if (wide instanceof Endpoint.AllServices) {
            return !(small instanceof Endpoint.Network);
        }
        if (wide instanceof Endpoint.ZoneRef zone && small instanceof Endpoint.ServiceRef) {
            return narrow.from().services().get(0).zone().equals(zone.id());
        }
        if (wide instanceof Endpoint.Network net) {
            if (small instanceof Endpoint.Network inner) {
                return net.cidr().contains(inner.cidr());
            }
            return small instanceof Endpoint.ServiceRef && broad.from().services().containsAll(narrow.from().services());
        }
        return false;
    }
}
