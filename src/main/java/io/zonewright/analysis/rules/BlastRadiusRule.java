package io.zonewright.analysis.rules;

import io.zonewright.analysis.AbstractRule;
import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.BlastRadius;
import io.zonewright.analysis.EndpointResolver;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.FindingMemo;
import io.zonewright.analysis.Severity;
import io.zonewright.analysis.TopologyGraph;
import io.zonewright.model.Service;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * ZW202: what a compromised service can reach, transitively. Reported when that includes a data store the
 * service does not connect to itself, or more than the configured share of all services.
 */
public final class BlastRadiusRule extends AbstractRule {

    /** How many unconnected data stores a message names; the blast radius overlay shows them all. */
    private static final int NAMED = 5;

    public BlastRadiusRule() {
        super("ZW202", "Large blast radius", Severity.LOW,
                "A compromise in one part of the infrastructure should not grant access to everything else. "
                        + "A service whose compromise reaches data it never uses, or most of the system, "
                        + "concentrates risk.",
                "Cut the transitive paths: narrower connections, no zone-wide sources, separate data per service.");
    }

    @Override
    public boolean walksGraph() {
        return true;
    }

    @Override
    public void check(AnalysisContext context, Consumer<Finding> findings) {
        checkShare(context, 0, 1, findings);
    }

    /** Each share propagates reachability (cheap next to the findings) and judges its own services. */
    @Override
    public void checkShare(AnalysisContext context, int share, int shares, Consumer<Finding> findings) {
        TopologyGraph g = context.graph();
        if (g.serviceCount() >= 2) {
            Run run = new Run(g, context.resolver(), context.options().blastRadiusShare(), context.memo(this), findings);
            BlastRadius.compute(g, component -> run.component(component, share, shares));
        }
    }

    /** One analysis: what every component's members are judged with. */
    private final class Run {
        private final TopologyGraph g;
        private final EndpointResolver resolver;
        private final ZoneRanges zones;
        /** The share of all services beyond which a radius is too wide. */
        private final double wideShare;
        /** The end of the message of every service whose radius is too wide. */
        private final String tooWideWords;
        private final FindingMemo memo;
        private final Consumer<Finding> findings;
        /**
         * The words after a service's name ("reaches N services (by zone); "), by radius: thousands of
         * services reach the same counts (those that lead into one big cycle), and an edit that changes
         * them writes each new text once.
         */
        private final Map<Radius, String> reachWords = new HashMap<>();

        Run(TopologyGraph g, EndpointResolver resolver, double wideShare, FindingMemo memo, Consumer<Finding> findings) {
            this.g = g;
            this.resolver = resolver;
            this.tooWideWords = "more than " + Math.round(wideShare * 100) + "% of all services";
            this.zones = new ZoneRanges(g);
            this.wideShare = wideShare;
            this.memo = memo;
            this.findings = findings;
        }

        /**
         * Members share what they reach: it is counted per zone once, then per member only adjusted for the
         * member itself.
         */
        void component(BlastRadius.Component component, int share, int shares) {
            int[] outside = zones.count(component.outside());
            int[] members = component.shared() ? zones.count(component.members()) : null;
            int outsideSize = sum(outside);
            BitSet set = component.members();
            int otherMembers = set.cardinality() - 1;
            DataStores dataStores = new DataStores(component);
            for (int v = set.nextSetBit(0); v >= 0; v = set.nextSetBit(v + 1)) {
                if (v % shares != share) {
                    continue;
                }
                int[] radius = outside.clone();
                int size = outsideSize;
                if (members != null) {
                    for (int z = 0; z < radius.length; z++) {
                        radius[z] += members[z];
                    }
                    radius[g.zoneIndex(v)]--;
                    size += otherMembers;
                }
                member(dataStores, v, radius, size);
            }
        }

        /** Judges one service whose radius holds {@code size} services, {@code radius[z]} of them in zone z. */
        private void member(DataStores dataStores, int v, int[] radius, int size) {
            // "More than half of all services": exactly half is not more.
            boolean tooWide = size > wideShare * g.serviceCount();
            int dataReached = zones.dataCount(radius);
            int[] directData = dataReached == 0 ? new int[0] : directDataTargets(v);
            int unconnectedCount = dataReached - directData.length;
            if (unconnectedCount == 0 && !tooWide) {
                return;
            }
            int[] named = dataStores.firstUnconnected(v, directData);
            int[] inputs = Arrays.copyOf(radius, radius.length + 2 + named.length);
            inputs[radius.length] = unconnectedCount;
            inputs[radius.length + 1] = tooWide ? 1 : 0;
            System.arraycopy(named, 0, inputs, radius.length + 2, named.length);
            findings.accept(memo.find(v, inputs, () -> {
                Service s = g.service(v);
                List<String> elements = new ArrayList<>(named.length + 1);
                elements.add(s.id());
                for (int d : named) {
                    elements.add(g.label(d));
                }
                List<String> unconnectedData = elements.subList(1, elements.size());
                int more = unconnectedCount - unconnectedData.size();
                String why = tooWide ? tooWideWords
                        : "data stores it does not connect to: " + String.join(", ", unconnectedData)
                        + (more > 0 ? " and " + more + " more" : "");
                return serviceFinding(s, severity(), "a compromise of " + resolver.describe(v) + reachWords(radius, size) + why,
                        elements, List.of());
            }));
        }

        /**
         * The distinct data-zone services {@code v} opens connections to itself, directly or through a broad
         * source it belongs to, sorted; {@code v} itself left out.
         */
        private int[] directDataTargets(int v) {
            int[] found = new int[8];
            int count = 0;
            boolean viaHub = false;
            for (int i = 0; i < g.successorCount(v); i++) {
                int t = g.successor(v, i);
                boolean hub = !g.isService(t);
                viaHub |= hub;
                int reached = hub ? g.successorCount(t) : 1;
                for (int j = 0; j < reached; j++) {
                    int d = hub ? g.successor(t, j) : t;
                    if (d != v && zones.isData(g.zoneIndex(d))) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = d;
                    }
                }
            }
            if (!viaHub) {
                // Successors come in increasing order, each once.
                return Arrays.copyOf(found, count);
            }
            Arrays.sort(found, 0, count);
            int distinct = 0;
            for (int i = 0; i < count; i++) {
                if (i == 0 || found[i] != found[i - 1]) {
                    found[distinct++] = found[i];
                }
            }
            return Arrays.copyOf(found, distinct);
        }

        /**
         * The data stores some member of a component reaches, in vertex order, found as far as members ask:
         * members mostly name the same first few, and each member would otherwise search the sets again.
         */
        private final class DataStores {
            private final BlastRadius.Component component;
            private int[] found = new int[2 * NAMED];
            private int count;
            /** Where the search goes on: the zone (-1 before the first), and the vertex from which to look in it. */
            private int zone = -1;
            private int from;
            private boolean exhausted;

            DataStores(BlastRadius.Component component) {
                this.component = component;
            }

            /** Up to {@link #NAMED} data stores in the radius of {@code v} that it does not connect to, in order. */
            int[] firstUnconnected(int v, int[] directData) {
                int[] named = new int[NAMED];
                int n = 0;
                for (int i = 0; n < NAMED; i++) {
                    int d = get(i);
                    if (d < 0) {
                        break;
                    }
                    if (d != v && Arrays.binarySearch(directData, d) < 0) {
                        named[n++] = d;
                    }
                }
                return Arrays.copyOf(named, n);
            }

            /** The {@code i}-th data store reached, or -1 when there are no more. */
            private int get(int i) {
                while (count <= i) {
                    int d = next();
                    if (d < 0) {
                        return -1;
                    }
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = d;
                }
                return found[i];
            }

            private int next() {
                while (!exhausted) {
                    if (zone >= 0) {
                        int d = component.nextReached(from);
                        if (d >= 0 && d < zones.end(zone)) {
                            from = d + 1;
                            return d;
                        }
                    }
                    zone = zones.nextDataZone(zone + 1);
                    exhausted = zone < 0;
                    from = exhausted ? 0 : zones.start(zone);
                }
                return -1;
            }
        }

        private String reachWords(int[] radius, int size) {
            return reachWords.computeIfAbsent(new Radius(radius), r -> " reaches " + size
                    + (size == 1 ? " service" : " services") + " (" + zones.describe(radius) + "); ");
        }
    }

    /** The services a compromise reaches, counted per zone; equal when the counts are. */
    private record Radius(int[] counts) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Radius other && Arrays.equals(counts, other.counts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(counts);
        }

        @Override
        public String toString() {
            return Arrays.toString(counts);
        }
    }

    private static int sum(int[] counts) {
        int sum = 0;
        for (int count : counts) {
            sum += count;
        }
        return sum;
    }

    /**
     * Services are in canonical order, grouped by zone in the order of the topology's zones, so each zone is
     * a contiguous range of vertices and counting a radius per zone needs no set intersection. Counts are
     * indexed like the topology's zones.
     */
    private static final class ZoneRanges {
        private final List<Zone> zones;
        /** Zone z holds the vertices {@code [start[z], start[z + 1])}. */
        private final int[] start;
        private final boolean[] data;

        ZoneRanges(TopologyGraph g) {
            zones = g.topology().zones();
            start = new int[zones.size() + 1];
            for (int v = 0; v < g.serviceCount(); v++) {
                start[g.zoneIndex(v) + 1]++;
            }
            data = new boolean[zones.size()];
            for (int z = 0; z < zones.size(); z++) {
                start[z + 1] += start[z];
                data[z] = zones.get(z).role() == ZoneRole.DATA;
            }
        }

        boolean isData(int z) {
            return data[z];
        }

        /** How many services of the set lie in each zone. */
        int[] count(BitSet services) {
            long[] words = services.toLongArray();
            int[] counts = new int[zones.size()];
            for (int z = 0; z < counts.length; z++) {
                counts[z] = bitsIn(words, start[z], start[z + 1]);
            }
            return counts;
        }

        /** How many bits in {@code [from, to)} are set, read word by word without copying the range out. */
        private static int bitsIn(long[] words, int from, int to) {
            int count = 0;
            for (int w = from >>> 6; w < words.length && (long) w << 6 < to; w++) {
                long word = words[w];
                int first = w << 6;
                if (from > first) {
                    word &= -1L << (from - first);
                }
                if (to - first < 64) {
                    word &= (1L << (to - first)) - 1;
                }
                count += Long.bitCount(word);
            }
            return count;
        }

        int dataCount(int[] counts) {
            int sum = 0;
            for (int z = 0; z < counts.length; z++) {
                sum += isData(z) ? counts[z] : 0;
            }
            return sum;
        }

        int start(int z) {
            return start[z];
        }

        int end(int z) {
            return start[z + 1];
        }

        /** The first data zone at or after {@code z}, or -1. */
        int nextDataZone(int z) {
            for (; z < data.length; z++) {
                if (data[z]) {
                    return z;
                }
            }
            return -1;
        }

        String describe(int[] counts) {
            StringBuilder out = new StringBuilder();
            for (int z = 0; z < counts.length; z++) {
                if (counts[z] > 0) {
                    out.append(out.length() == 0 ? "" : ", ").append(zones.get(z).displayName()).append(' ').append(counts[z]);
                }
            }
            return out.toString();
        }
    }
}
