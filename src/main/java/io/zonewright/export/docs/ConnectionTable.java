package io.zonewright.export.docs;

import io.zonewright.flows.Flow;
import io.zonewright.flows.FlowEnd;
import io.zonewright.flows.Flows;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Zone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The design article's documentation table (Source, Destination, Port, Protocol, Purpose), one section per
 * pair of zones in trust order, rows in the design's canonical order: the same design always reads the
 * same, so a diff of it in a repository shows only what changed.
 */
public record ConnectionTable(List<Section> sections) {

    public record Row(String id, String source, String destination, String port, String protocol, String purpose) {
    }

    record Section(String from, String to, List<Row> rows) {
    }

    /** Where a section stands: its zones as they read, and their places in trust order. */
    private record Pair(String from, String to, int fromRank, int toRank) {
    }

    static ConnectionTable of(Flows flows) {
        List<Zone> zones = flows.topology().zones();
        Map<FlowEnd, String> labels = new IdentityHashMap<>();
        Map<FlowEnd, Integer> ranks = new IdentityHashMap<>();
        Map<Pair, List<Row>> byPair = new HashMap<>();
        for (Flow f : flows.all()) {
            Pair pair = new Pair(labels.computeIfAbsent(f.from(), ConnectionTable::zoneLabel),
                    labels.computeIfAbsent(f.to(), ConnectionTable::zoneLabel),
                    ranks.computeIfAbsent(f.from(), e -> rank(zones, e)), ranks.computeIfAbsent(f.to(), e -> rank(zones, e)));
            byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(row(f));
        }
        List<Pair> pairs = new ArrayList<>(byPair.keySet());
        pairs.sort(Comparator.comparingInt(Pair::fromRank).thenComparingInt(Pair::toRank).thenComparing(Pair::from)
                .thenComparing(Pair::to));
        List<Section> sections = new ArrayList<>(pairs.size());
        for (Pair p : pairs) {
            sections.add(new Section(p.from(), p.to(), byPair.get(p)));
        }
        return new ConnectionTable(sections);
    }

    /** A connection as the article's table writes it. */
    public static Row row(Flow f) {
        return new Row(f.id(), f.from().label(), f.to().label(), port(f.port()), protocol(f.port()), f.connection().purpose());
    }

    /** Ports as the article writes them: 8080, a range as 8080-8090, "any" for every port. */
    static String port(PortSpec port) {
        if (!port.protocol().hasPorts()) {
            return "any";
        }
        return port.ports().first() == 1 && port.ports().last() == 65535 ? "any" : port.ports().toString();
    }

    static String protocol(PortSpec port) {
        return switch (port.protocol()) {
            case TCP, UDP, ICMP -> port.protocol().yamlName().toUpperCase(Locale.ROOT);
            case ANY -> "Any";
        };
    }

    /** The zone an end lies in, or what several zones it spans read as. */
    static String zoneLabel(FlowEnd end) {
        if (end.endpoint() instanceof io.zonewright.model.Endpoint.AllServices) {
            return "All zones";
        }
        List<Zone> zones = end.scope().zones();
        if (zones.isEmpty()) {
            return "Outside every zone";
        }
        return String.join(" + ", zones.stream().map(Zone::displayName).toList());
    }

    private static int rank(List<Zone> zones, FlowEnd end) {
        if (end.endpoint() instanceof io.zonewright.model.Endpoint.AllServices || end.scope().zones().isEmpty()) {
            return zones.size();
        }
        return zones.indexOf(end.scope().zones().get(0));
    }
}
