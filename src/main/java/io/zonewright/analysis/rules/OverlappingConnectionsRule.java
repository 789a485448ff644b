package io.zonewright.analysis.rules;

import io.zonewright.analysis.AbstractRule;
import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.List;
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
        List<ResolvedConnection> all = context.connections();
        Candidates candidates = new Candidates(all, context.resolver().scopeCount(), t.zones().size());
        for (int i = 0; i < all.size(); i++) {
            Connection broad = candidates.firstContaining(i);
            if (broad != null) {
                Connection narrow = all.get(i).connection();
                findings.accept(connectionFinding(narrow, severity(), flow(all.get(i)) + " is already allowed by " + broad.id()));
            }
        }
    }

    /**
     * Connections arranged so that each meets only those that could contain it: the same source and
     * destination (adjacent after sorting by scope ids), a broad source to the same destination, or a
     * zone-wide or all-service destination. Sorting packed keys avoids hashing 30,000 connections.
     */
    private static final class Candidates {
        private static final int SCOPE_BITS = 19;
        private static final int INDEX_BITS = 24;

        private final List<ResolvedConnection> all;
        /** For connection i, the first and last position of its (destination, source) run in {@code sorted}. */
        private final int[] runStart;
        private final int[] runEnd;
        private final int[] sorted;
        private final List<ResolvedConnection>[] broadSourcesByDestination;
        /** Connections to a whole zone, by the zone's index; no lookup at all in the usual design without any. */
        private final List<ResolvedConnection>[] byZoneDestination;
        private boolean anyZoneDestination;
        private final List<ResolvedConnection> toEveryService = new ArrayList<>();

        @SuppressWarnings("unchecked")
        Candidates(List<ResolvedConnection> all, int scopeCount, int zoneCount) {
            if (scopeCount >= 1 << SCOPE_BITS || all.size() >= 1 << INDEX_BITS) {
                throw new IllegalStateException("design too large for the overlap check");
            }
            this.all = all;
            long[] keys = new long[all.size()];
            broadSourcesByDestination = new List[scopeCount];
            byZoneDestination = new List[zoneCount];
            for (int i = 0; i < all.size(); i++) {
                ResolvedConnection rc = all.get(i);
                keys[i] = ((long) rc.to().id() << (SCOPE_BITS + INDEX_BITS)) | ((long) rc.from().id() << INDEX_BITS) | i;
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
            java.util.Arrays.sort(keys);
            sorted = new int[keys.length];
            runStart = new int[keys.length];
            runEnd = new int[keys.length];
            int start = 0;
            for (int p = 0; p <= keys.length; p++) {
                if (p == keys.length || p > 0 && keys[p] >>> INDEX_BITS != keys[p - 1] >>> INDEX_BITS) {
                    for (int q = start; q < p; q++) {
                        runStart[sorted[q]] = start;
                        runEnd[sorted[q]] = p;
                    }
                    start = p;
                }
                if (p < keys.length) {
                    sorted[p] = (int) (keys[p] & ((1L << INDEX_BITS) - 1));
                }
            }
        }

        Connection firstContaining(int index) {
            ResolvedConnection narrow = all.get(index);
            for (int p = runStart[index]; p < runEnd[index]; p++) {
                if (isContainedBy(narrow, all.get(sorted[p]))) {
                    return all.get(sorted[p]).connection();
                }
            }
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
            if (found == null) {
                found = first(toEveryService, narrow);
            }
            return found == null ? null : found.connection();
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

        private static boolean isContainedBy(ResolvedConnection narrow, ResolvedConnection broad) {
            return broad != narrow && contains(broad, narrow) && !identicalAndFirst(narrow, broad);
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
