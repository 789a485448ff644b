package io.zonewright.export.docs;

import io.zonewright.flows.Flow;
import io.zonewright.flows.FlowEnd;
import io.zonewright.flows.Flows;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Zone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The design article's documentation table (Source, Destination, Port, Protocol, Purpose), one section per
 * pair of zones in trust order, rows in the design's canonical order: the same design always reads the
 * same, so a diff of it in a repository shows only what changed.
 */
record ConnectionTable(List<Section> sections) {

    record Row(String id, String source, String destination, String port, String protocol, String purpose) {
    }

    record Section(String from, String to, List<Row> rows) {
        String title() {
            return from + " → " + to;
        }
    }

    static ConnectionTable of(Flows flows) {
        List<Zone> zones = flows.topology().zones();
        Map<String, List<Row>> byPair = new LinkedHashMap<>();
        Map<String, int[]> order = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        for (Flow f : flows.all()) {
            String from = zoneLabel(f.from());
            String to = zoneLabel(f.to());
            String key = from + "\u0000" + to;
            byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(row(f));
            order.putIfAbsent(key, new int[] {rank(zones, f.from()), rank(zones, f.to())});
            names.putIfAbsent(key, new String[] {from, to});
        }
        List<String> keys = new ArrayList<>(byPair.keySet());
        keys.sort(Comparator.<String>comparingInt(k -> order.get(k)[0]).thenComparingInt(k -> order.get(k)[1])
                .thenComparing(k -> k));
        List<Section> sections = new ArrayList<>();
        for (String k : keys) {
            sections.add(new Section(names.get(k)[0], names.get(k)[1], byPair.get(k)));
        }
        return new ConnectionTable(sections);
    }

    static Row row(Flow f) {
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
