package io.zonewright.analysis.rules;

import io.zonewright.analysis.AbstractRule;
import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ConnectionChange;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.analysis.UpdatableRule;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * ZW111: no connection is a copy of another or contained in another. A connection meets only those that
 * could contain it: the others between the same two endpoints (next to it, since a design's connections
 * are sorted by source then destination), broad sources to its destination, and whole-zone or
 * all-service destinations. Connections between two services that come or go change only the findings of
 * the others between the same two, so an edit of those judges just these again.
 */
public final class OverlappingConnectionsRule extends AbstractRule implements UpdatableRule {

    private static final Comparator<Connection> BY_ENDPOINTS = Comparator.comparing(Connection::from, Endpoint.ORDER)
            .thenComparing(Connection::to, Endpoint.ORDER);

    public OverlappingConnectionsRule() {
        super("ZW111", "Duplicate or overlapping connections", Severity.LOW,
                "A connection contained in a broader one documents a flow that the broader one already opens: "
                        + "removing the narrow one changes nothing, and a reviewer reading it is misled about "
                        + "what is really allowed.",
                "Remove the contained connection, or narrow the broader one.");
    }

    /** The finding of each connection, by position (null where none), and the broad candidates they were judged with. */
    private record Overlaps(Finding[] byConnection, BroadCandidates broad) implements Outcome {

        @Override
        public List<Finding> findings() {
            return UpdatableRule.present(byConnection);
        }
    }

    @Override
    public Outcome checkAll(AnalysisContext context) {
        List<ResolvedConnection> all = context.connections();
        BroadCandidates broad = new BroadCandidates(all, context.resolver().scopeCount(), context.topology().zones().size());
        Finding[] found = new Finding[all.size()];
        for (int start = 0; start < all.size(); ) {
            int end = runEnd(all, start);
            judgeRun(all, start, end, broad, found);
            start = end;
        }
        return new Overlaps(found, broad);
    }

    @Override
    public Outcome update(Outcome before, AnalysisContext context, ConnectionChange change) {
        List<ResolvedConnection> touched = change.touched();
        for (ResolvedConnection rc : touched) {
            if (!(rc.connection().from() instanceof Endpoint.ServiceRef && rc.connection().to() instanceof Endpoint.ServiceRef)) {
                return null;
            }
        }
        Overlaps was = (Overlaps) before;
        List<ResolvedConnection> all = context.connections();
        // A rename resolves every connection anew, and the candidates hold resolved endpoints.
        BroadCandidates broad = change.renamed().length == 0 ? was.broad()
                : new BroadCandidates(all, context.resolver().scopeCount(), context.topology().zones().size());
        Finding[] found = new Finding[all.size()];
        for (int j = 0; j < found.length; j++) {
            found[j] = change.earlier()[j] < 0 ? null : was.byConnection()[change.earlier()[j]];
        }
        for (ResolvedConnection rc : touched) {
            int start = runStart(all, rc.connection());
            judgeRun(all, start, runEnd(all, start), broad, found);
        }
        if (change.renamed().length > 0) {
            judgeNamingRenamed(all, change.renamed(), broad, found);
        }
        return new Overlaps(found, broad);
    }

    /**
     * Judges again the runs of connections that name a renamed service, whose messages name it; whether
     * one connection contains another does not depend on names.
     */
    private void judgeNamingRenamed(List<ResolvedConnection> all, int[] renamed, BroadCandidates broad, Finding[] found) {
        BitSet names = new BitSet();
        Arrays.stream(renamed).forEach(names::set);
        for (int i = 0; i < all.size(); i++) {
            ResolvedConnection rc = all.get(i);
            if (!rc.from().broad() && names.get(rc.from().id()) || !rc.to().broad() && names.get(rc.to().id())) {
                int end = runEnd(all, i);
                judgeRun(all, i, end, broad, found);
                i = end - 1;
            }
        }
    }

    /** Judges the connections in {@code [start, end)}, which share both endpoints. */
    private void judgeRun(List<ResolvedConnection> all, int start, int end, BroadCandidates broad, Finding[] found) {
        for (int i = start; i < end; i++) {
            ResolvedConnection narrow = all.get(i);
            ResolvedConnection container = null;
            for (int p = start; p < end && container == null; p++) {
                container = isContainedBy(narrow, all.get(p)) ? all.get(p) : null;
            }
            if (container == null) {
                container = broad.firstContaining(narrow);
            }
            found[i] = container == null ? null : connectionFinding(narrow.connection(), severity(),
                    flow(narrow) + " is already allowed by " + container.connection().id());
        }
    }

    /**
     * The end of the run of connections between the same two endpoints as the one at {@code start}. Equal
     * endpoints resolve to the same scope numbers, so comparing them reads no endpoint text.
     */
    private static int runEnd(List<ResolvedConnection> all, int start) {
        ResolvedConnection first = all.get(start);
        int end = start + 1;
        while (end < all.size() && sameEndpoints(all.get(end), first)) {
            end++;
        }
        return end;
    }

    private static boolean sameEndpoints(ResolvedConnection a, ResolvedConnection b) {
        return a.from().id() == b.from().id() && a.to().id() == b.to().id();
    }

    /** Where the connections between the same two endpoints as {@code c} start (or would). */
    private static int runStart(List<ResolvedConnection> all, Connection c) {
        int low = 0;
        int high = all.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (BY_ENDPOINTS.compare(all.get(mid).connection(), c) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The connections that can contain others between different endpoints: broad sources by destination,
     * connections to a whole zone by the zone's index, connections to every service.
     */
    private static final class BroadCandidates {
        private final List<ResolvedConnection>[] broadSourcesByDestination;
        /** Connections to a whole zone, by the zone's index; no lookup at all in the usual design without any. */
        private final List<ResolvedConnection>[] byZoneDestination;
        private boolean anyZoneDestination;
        private final List<ResolvedConnection> toEveryService = new ArrayList<>();

        @SuppressWarnings({"unchecked", "rawtypes"})
        BroadCandidates(List<ResolvedConnection> all, int scopeCount, int zoneCount) {
            // Arrays of lists cannot be made generic; each slot is only ever given a list of connections.
            broadSourcesByDestination = new List[scopeCount];
            byZoneDestination = new List[zoneCount];
            for (ResolvedConnection rc : all) {
                Endpoint to = rc.connection().to();
                if (to instanceof Endpoint.AllServices) {
                    toEveryService.add(rc);
                } else if (to instanceof Endpoint.ZoneRef) {
                    int z = rc.to().zoneIndexes()[0];
                    if (byZoneDestination[z] == null) {
                        byZoneDestination[z] = new ArrayList<>(2);
                    }
                    byZoneDestination[z].add(rc);
                    anyZoneDestination = true;
                } else if (rc.from().broad()) {
                    int d = rc.to().id();
                    if (broadSourcesByDestination[d] == null) {
                        broadSourcesByDestination[d] = new ArrayList<>(1);
                    }
                    broadSourcesByDestination[d].add(rc);
                }
            }
        }

        ResolvedConnection firstContaining(ResolvedConnection narrow) {
            Endpoint to = narrow.connection().to();
            ResolvedConnection found = null;
            if (to instanceof Endpoint.ZoneRef) {
                found = first(byZoneDestination[narrow.to().zoneIndexes()[0]], narrow);
            } else if (!(to instanceof Endpoint.AllServices)) {
                found = first(broadSourcesByDestination[narrow.to().id()], narrow);
                if (found == null && anyZoneDestination && to instanceof Endpoint.ServiceRef) {
                    found = first(byZoneDestination[narrow.to().zoneIndexes()[0]], narrow);
                }
            }
            return found != null ? found : first(toEveryService, narrow);
        }

        private static ResolvedConnection first(List<ResolvedConnection> broader, ResolvedConnection narrow) {
            if (broader != null) {
                for (ResolvedConnection broad : broader) {
                    if (isContainedBy(narrow, broad)) {
                        return broad;
                    }
                }
            }
            return null;
        }
    }

    private static boolean isContainedBy(ResolvedConnection narrow, ResolvedConnection broad) {
        return broad != narrow && contains(broad, narrow) && !identicalAndFirst(narrow, broad);
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
            // Every service, but no address outside: an external zone is its ranges, not services.
            return !(small instanceof Endpoint.Network) && !narrow.from().external();
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
