package io.zonewright.analysis.rules;

import io.zonewright.analysis.AbstractRule;
import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.BlastRadius;
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
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
        TopologyGraph g = context.graph();
        if (g.serviceCount() >= 2) {
            Run run = new Run(g, context.options().blastRadiusShare(), context.memo(this), findings);
            BlastRadius.compute(g, run::component);
        }
    }

    /** One analysis: what every component's members are judged with. */
    private final class Run {
        private final TopologyGraph g;
        private final ZoneRanges zones;
        private final double share;
        /** The end of the message of every service whose radius is too wide. */
        private final String tooWideWords;
        private final FindingMemo memo;
        private final Consumer<Finding> findings;

        Run(TopologyGraph g, double share, FindingMemo memo, Consumer<Finding> findings) {
            this.g = g;
            this.tooWideWords = "more than " + Math.round(share * 100) + "% of all services";
            this.zones = new ZoneRanges(g);
            this.share = share;
            this.memo = memo;
            this.findings = findings;
        }

        /**
         * Members share what they reach: it is counted per zone once, then per member only adjusted for the
         * member itself, so members of one zone also share the words that describe their radius.
         */
        void component(BlastRadius.Component component) {
            int[] outside = zones.count(component.outside());
            int[] members = component.shared() ? zones.count(component.members()) : new int[outside.length];
            String[] descriptionByZone = new String[outside.length];
            BitSet set = component.members();
            for (int v = set.nextSetBit(0); v >= 0; v = set.nextSetBit(v + 1)) {
                int own = zones.zoneIndexOf(v);
                int[] radius = new int[outside.length];
                for (int z = 0; z < radius.length; z++) {
                    radius[z] = outside[z] + members[z] - (component.shared() && own == z ? 1 : 0);
                }
                member(component, v, radius, () -> {
                    if (descriptionByZone[own] == null) {
                        int size = sum(radius);
                        descriptionByZone[own] = " reaches " + size + (size == 1 ? " service" : " services")
                                + " (" + zones.describe(radius) + "); ";
                    }
                    return descriptionByZone[own];
                });
            }
        }

        /** {@code reach} gives the words after the service's name: what it reaches, by zone. */
        private void member(BlastRadius.Component component, int v, int[] radius, Supplier<String> reach) {
            int size = sum(radius);
            boolean tooWide = size > share * (g.serviceCount() - 1);
            int dataReached = zones.dataCount(radius);
            int[] directData = dataReached == 0 ? new int[0] : directDataTargets(g, zones, v);
            int unconnectedCount = dataReached - directData.length;
            if (unconnectedCount == 0 && !tooWide) {
                return;
            }
            int[] named = zones.firstUnconnected(component, v, directData, NAMED);
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
                return serviceFinding(s, severity(), "a compromise of " + describe(s) + reach.get() + why,
                        elements, List.of());
            }));
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
     * Services are in canonical order, grouped by zone, so each zone is a contiguous range of vertices and
     * counting a radius per zone needs no set intersection.
     */
    private static final class ZoneRanges {
        private final List<Zone> zones = new ArrayList<>();
        private final List<int[]> ranges = new ArrayList<>();
        private final int[] zoneIndexOf;

        ZoneRanges(TopologyGraph g) {
            zoneIndexOf = new int[g.serviceCount()];
            for (int v = 0; v < g.serviceCount(); v++) {
                Zone zone = g.topology().zoneOf(g.service(v));
                if (zones.isEmpty() || zones.get(zones.size() - 1) != zone) {
                    zones.add(zone);
                    ranges.add(new int[] {v, v + 1});
                } else {
                    ranges.get(ranges.size() - 1)[1] = v + 1;
                }
                zoneIndexOf[v] = zones.size() - 1;
            }
        }

        int zoneIndexOf(int v) {
            return zoneIndexOf[v];
        }

        boolean isData(int z) {
            return zones.get(z).role() == ZoneRole.DATA;
        }

        /** How many services of the set lie in each zone. */
        int[] count(BitSet services) {
            long[] words = services.toLongArray();
            int[] counts = new int[zones.size()];
            for (int z = 0; z < counts.length; z++) {
                int[] range = ranges.get(z);
                counts[z] = bitsIn(words, range[0], range[1]);
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

        /** Up to {@code limit} data stores in the radius of {@code v} that it does not connect to, in order. */
        int[] firstUnconnected(BlastRadius.Component component, int v, int[] directData, int limit) {
            int[] found = new int[limit];
            int count = 0;
            for (int z = 0; z < zones.size() && count < limit; z++) {
                if (!isData(z)) {
                    continue;
                }
                int[] range = ranges.get(z);
                for (int d = component.nextInRadius(v, range[0]); d >= 0 && d < range[1] && count < limit;
                     d = component.nextInRadius(v, d + 1)) {
                    if (Arrays.binarySearch(directData, d) < 0) {
                        found[count++] = d;
                    }
                }
            }
            return Arrays.copyOf(found, count);
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

    /**
     * The distinct data-zone services {@code v} opens connections to itself, directly or through a broad
     * source it belongs to, sorted; {@code v} itself left out.
     */
    private static int[] directDataTargets(TopologyGraph g, ZoneRanges zones, int v) {
        int[] found = new int[8];
        int count = 0;
        for (int i = 0; i < g.successorCount(v); i++) {
            int t = g.successor(v, i);
            boolean hub = !g.isService(t);
            int reached = hub ? g.successorCount(t) : 1;
            for (int j = 0; j < reached; j++) {
                int d = hub ? g.successor(t, j) : t;
                if (d != v && zones.isData(zones.zoneIndexOf(d))) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = d;
                }
            }
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
}
