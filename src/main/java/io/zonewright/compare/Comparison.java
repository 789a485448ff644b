package io.zonewright.compare;

import io.zonewright.model.AddressSet;
import io.zonewright.model.PortSet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares what is documented with what is deployed (or one version of a design with another), party by
 * party. Addresses are compared range by range: for each named party, the addresses on the other side are
 * cut at every boundary either side mentions, so that each piece is documented or allowed whole. A
 * surplus is {@code BROADER} when the rule that allows it is documented for some of what it allows (more
 * ports, more sources, protocol any), {@code EXTRA} when nothing it allows is documented.
 */
public final class Comparison {

    /** One pair of parties with what each side allows between them, and which grants say so. */
    private static final class Cell {
        final Party from;
        final Party to;
        PortSet documented = PortSet.NONE;
        PortSet deployed = PortSet.NONE;
        final BitSet documentedBy = new BitSet();
        final BitSet deployedBy = new BitSet();

        Cell(Party from, Party to) {
            this.from = from;
            this.to = to;
        }
    }

    private final List<Grant> documented;
    private final List<Grant> deployed;
    private final List<Cell> cells = new ArrayList<>();

    private Comparison(List<Grant> documented, List<Grant> deployed) {
        this.documented = documented;
        this.deployed = deployed;
    }

    /** The drifts, in the order a report lists them: by parties, then by kind. */
    public static List<Drift> of(List<Grant> documented, List<Grant> deployed) {
        Comparison c = new Comparison(documented, deployed);
        c.cells();
        return c.drifts();
    }

    private void cells() {
        Map<String, Cell> named = new LinkedHashMap<>();
        Map<Party.Named, List<Integer>> fromAddresses = new LinkedHashMap<>();
        Map<Party.Named, List<Integer>> toAddresses = new LinkedHashMap<>();
        for (int g = 0; g < documented.size() + deployed.size(); g++) {
            Grant grant = grant(g);
            if (grant.from() instanceof Party.Named f && grant.to() instanceof Party.Named t) {
                if (!f.key().equals(t.key())) {
                    add(named.computeIfAbsent(f.key() + "\n" + t.key(), k -> new Cell(f, t)), g);
                }
            } else if (grant.to() instanceof Party.Named t && grant.from() instanceof Party.Addresses) {
                fromAddresses.computeIfAbsent(t, k -> new ArrayList<>()).add(g);
            } else if (grant.from() instanceof Party.Named f && grant.to() instanceof Party.Addresses) {
                toAddresses.computeIfAbsent(f, k -> new ArrayList<>()).add(g);
            }
        }
        cells.addAll(named.values());
        fromAddresses.forEach((to, grants) -> sweep(grants, true, to));
        toAddresses.forEach((from, grants) -> sweep(grants, false, from));
    }

    private Grant grant(int g) {
        return g < documented.size() ? documented.get(g) : deployed.get(g - documented.size());
    }

    private void add(Cell cell, int g) {
        Grant grant = grant(g);
        if (g < documented.size()) {
            cell.documented = cell.documented.union(grant.ports());
            cell.documentedBy.set(g);
        } else {
            cell.deployed = cell.deployed.union(grant.ports());
            cell.deployedBy.set(g);
        }
    }

    private record Boundary(boolean ipv6, BigInteger at, int grant, boolean opens) {
    }

    /**
     * Cuts the addresses of grants that share a named party at every boundary, and makes a cell of each
     * piece that some grant covers, with the grants covering it.
     */
    private void sweep(List<Integer> grants, boolean addressesAreSources, Party.Named party) {
        List<Boundary> boundaries = new ArrayList<>();
        for (int g : grants) {
            Party.Addresses side = (Party.Addresses) (addressesAreSources ? grant(g).from() : grant(g).to());
            for (AddressSet.Range r : side.addresses().ranges()) {
                boundaries.add(new Boundary(r.ipv6(), r.first(), g, true));
                boundaries.add(new Boundary(r.ipv6(), r.last().add(BigInteger.ONE), g, false));
            }
        }
        boundaries.sort(Comparator.comparing(Boundary::ipv6).thenComparing(Boundary::at));
        BitSet active = new BitSet();
        for (int i = 0; i < boundaries.size(); ) {
            Boundary here = boundaries.get(i);
            while (i < boundaries.size() && boundaries.get(i).ipv6() == here.ipv6() && boundaries.get(i).at().equals(here.at())) {
                Boundary b = boundaries.get(i++);
                active.set(b.grant(), b.opens());
            }
            if (active.isEmpty() || i == boundaries.size()) {
                continue;
            }
            BigInteger last = boundaries.get(i).at().subtract(BigInteger.ONE);
            Party piece = new Party.Addresses(AddressSet.range(here.ipv6(), here.at(), last));
            Cell cell = addressesAreSources ? new Cell(piece, party) : new Cell(party, piece);
            active.stream().forEach(g -> add(cell, g));
            cells.add(cell);
        }
    }

    private List<Drift> drifts() {
        // The rules (by cause: one rule allows many pairs) that are documented for some of what they allow.
        Set<Cause> partlyDocumented = new HashSet<>();
        for (Cell cell : cells) {
            if (cell.documented.isEmpty()) {
                continue;
            }
            cell.deployedBy.stream().filter(g -> grant(g).ports().overlaps(cell.documented))
                    .forEach(g -> partlyDocumented.add(grant(g).cause()));
        }
        Map<Object, Drift> merged = new LinkedHashMap<>();
        for (Cell cell : cells) {
            PortSet missing = cell.documented.minus(cell.deployed);
            if (!missing.isEmpty()) {
                merge(merged, new Drift(Drift.Kind.MISSING, cell.from, cell.to, missing, cell.documented, causes(cell.documentedBy, missing),
                        connections(cell.documentedBy)));
            }
            PortSet surplus = cell.deployed.minus(cell.documented);
            if (!surplus.isEmpty()) {
                boolean broader = cell.deployedBy.stream().anyMatch(g -> partlyDocumented.contains(grant(g).cause())
                        && grant(g).ports().overlaps(surplus));
                merge(merged, new Drift(broader ? Drift.Kind.BROADER : Drift.Kind.EXTRA, cell.from, cell.to, surplus,
                        cell.documented, causes(cell.deployedBy, surplus), connections(cell.documentedBy)));
            }
        }
        // Labels of address sets are costly to write: each is written once, not at every comparison.
        Map<Drift, String[]> labels = new java.util.IdentityHashMap<>();
        merged.values().forEach(d -> labels.put(d, new String[] {d.from().label(), d.to().label()}));
        List<Drift> out = new ArrayList<>(merged.values());
        out.sort(Comparator.comparing((Drift d) -> labels.get(d)[0]).thenComparing(d -> labels.get(d)[1]).thenComparing(Drift::kind));
        return out;
    }

    private List<Cause> causes(BitSet grants, PortSet ports) {
        List<Cause> out = new ArrayList<>();
        grants.stream().filter(g -> grant(g).ports().overlaps(ports)).forEach(g -> {
            if (!out.contains(grant(g).cause())) {
                out.add(grant(g).cause());
            }
        });
        return out;
    }

    private List<String> connections(BitSet grants) {
        if (grants.isEmpty()) {
            return List.of();
        }
        return grants.stream().mapToObj(g -> grant(g).cause().connection()).filter(id -> !id.isEmpty()).distinct().toList();
    }

    /** Drifts that differ only in their addresses are one drift over all of them, with what either documents. */
    /** What drifts between addresses share when they are one drift over all their addresses. */
    private record AddressedKey(Drift.Kind kind, String from, String to, PortSet ports, List<Cause> causes) {
    }

    private static void merge(Map<Object, Drift> merged, Drift d) {
        boolean addressFrom = d.from() instanceof Party.Addresses;
        boolean addressTo = d.to() instanceof Party.Addresses;
        if (!addressFrom && !addressTo) {
            merged.put(d.kind() + "\n" + key(d.from()) + "\n" + key(d.to()), d);
            return;
        }
        AddressedKey key = new AddressedKey(d.kind(), addressFrom ? "*" : key(d.from()), addressTo ? "*" : key(d.to()),
                d.ports(), d.causes());
        merged.merge(key, d, (a, b) -> new Drift(a.kind(), union(a.from(), b.from()), union(a.to(), b.to()), a.ports(),
                a.documented().union(b.documented()), a.causes(),
                java.util.stream.Stream.concat(a.connections().stream(), b.connections().stream()).distinct().toList()));
    }

    private static String key(Party p) {
        return p instanceof Party.Named n ? n.key() : p.label();
    }

    private static Party union(Party a, Party b) {
        return a instanceof Party.Addresses x && b instanceof Party.Addresses y ? new Party.Addresses(x.addresses().union(y.addresses())) : a;
    }
}
