package io.zonewright.hostfw;

import io.zonewright.io.DocumentNode;
import io.zonewright.io.YamlNode;
import io.zonewright.model.AddressSet;
import io.zonewright.model.Cidr;
import io.zonewright.model.PortSet;
import io.zonewright.model.PortSet.Transport;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one field of an nft match says of a packet, as a box: addresses, transports with destination
 * ports, the family; a conntrack state or the loopback interface decide whether a new connection from
 * elsewhere can match at all. Fields the comparison does not cover match every packet, and a note says so.
 */
final class Fields {

    /** Service names nft may print for well-known ports. */
    private static final Map<String, Integer> SERVICES = Map.of("ssh", 22, "http", 80, "https", 443, "domain", 53,
            "ntp", 123, "smtp", 25, "bootps", 67, "bootpc", 68);
    private static final Box NOTHING = new Box(AddressSet.NONE, AddressSet.NONE, PortSet.NONE);

    private Fields() {
    }

    static Box box(DocumentNode left, List<DocumentNode> values, boolean negated, Set<String> notes) {
        if (left.isMap() && left.has("payload")) {
            return payload(left.get("payload"), values, negated, notes);
        }
        if (left.isMap() && left.has("meta")) {
            return meta(left.get("meta").text("key"), values, negated, notes);
        }
        if (left.isMap() && left.has("ct")) {
            String key = left.get("ct").text("key");
            if (key.equals("state")) {
                boolean newMatches = texts(values).contains("new");
                return newMatches != negated ? Box.ALL : NOTHING;
            }
            notes.add("conntrack " + key + " is read as matching every packet");
            return Box.ALL;
        }
        notes.add("matches on " + describe(left) + " are read as matching every packet");
        return Box.ALL;
    }

    private static Box payload(DocumentNode payload, List<DocumentNode> values, boolean negated, Set<String> notes) {
        String protocol = payload.text("protocol");
        String field = payload.text("field");
        boolean ipv6 = protocol.equals("ip6");
        if ((protocol.equals("ip") || ipv6) && (field.equals("saddr") || field.equals("daddr"))) {
            AddressSet all = AddressSet.all(ipv6);
            AddressSet matched = addresses(values, ipv6);
            AddressSet addresses = negated ? all.minus(matched) : matched;
            return field.equals("saddr") ? new Box(addresses, all, PortSet.ALL) : new Box(all, addresses, PortSet.ALL);
        }
        if ((protocol.equals("ip") && field.equals("protocol")) || (ipv6 && field.equals("nexthdr"))) {
            PortSet matched = PortSet.NONE;
            for (String p : texts(values)) {
                matched = matched.union(NftProtocols.of(p));
            }
            return new Box(AddressSet.all(ipv6), AddressSet.all(ipv6), negated ? PortSet.ALL.minus(matched) : matched);
        }
        if (protocol.equals("icmp") || protocol.equals("icmpv6")) {
            notes.add("ICMP types are not compared: an ICMP rule is read as admitting ICMP");
            boolean v6 = protocol.equals("icmpv6");
            return new Box(AddressSet.all(v6), AddressSet.all(v6), PortSet.whole(Transport.ICMP));
        }
        List<Transport> transports = switch (protocol) {
            case "tcp" -> List.of(Transport.TCP);
            case "udp" -> List.of(Transport.UDP);
            case "sctp" -> List.of(Transport.SCTP);
            case "th" -> List.of(Transport.TCP, Transport.UDP, Transport.SCTP);
            default -> List.of();
        };
        if (transports.isEmpty()) {
            if (!ipv6 && !protocol.equals("ip")) {
                notes.add("matches on " + protocol + " " + field + " are read as matching every packet");
                return Box.ALL;
            }
            notes.add("matches on " + protocol + " " + field + " are read as matching every packet of the family");
            return new Box(AddressSet.all(ipv6), AddressSet.all(ipv6), PortSet.ALL);
        }
        PortSet whole = PortSet.NONE;
        for (Transport t : transports) {
            whole = whole.union(PortSet.whole(t));
        }
        if (!field.equals("dport")) {
            notes.add(protocol + " " + field + " is not compared: such a rule is read as matching every port");
            return new Box(AddressSet.ALL, AddressSet.ALL, whole);
        }
        PortSet matched = PortSet.NONE;
        for (Transport t : transports) {
            matched = matched.union(ports(values, t));
        }
        return new Box(AddressSet.ALL, AddressSet.ALL, negated ? whole.minus(matched) : matched);
    }

    private static Box meta(String key, List<DocumentNode> values, boolean negated, Set<String> notes) {
        switch (key) {
            case "l4proto" -> {
                PortSet matched = PortSet.NONE;
                for (String p : texts(values)) {
                    matched = matched.union(NftProtocols.of(p));
                }
                return new Box(AddressSet.ALL, AddressSet.ALL, negated ? PortSet.ALL.minus(matched) : matched);
            }
            case "nfproto", "protocol" -> {
                Set<String> families = Set.copyOf(texts(values));
                boolean v4 = families.contains("ipv4") || families.contains("ip");
                boolean v6 = families.contains("ipv6") || families.contains("ip6");
                AddressSet kept = (v4 != negated ? AddressSet.ALL_IPV4 : AddressSet.NONE).union(v6 != negated ? AddressSet.ALL_IPV6 : AddressSet.NONE);
                return new Box(kept, kept, PortSet.ALL);
            }
            case "iifname", "oifname", "iif", "oif" -> {
                boolean loopback = texts(values).contains("lo");
                if (!loopback) {
                    notes.add("interface names are not compared: a rule for an interface is read as matching every packet");
                }
                return loopback && !negated ? NOTHING : Box.ALL;
            }
            default -> {
                notes.add("meta " + key + " is read as matching every packet");
                return Box.ALL;
            }
        }
    }

    private static List<String> texts(List<DocumentNode> values) {
        return values.stream().flatMap(v -> v.tree() instanceof YamlNode.ListNode ? v.items().stream() : java.util.stream.Stream.of(v))
                .map(DocumentNode::text).toList();
    }

    private static AddressSet addresses(List<DocumentNode> values, boolean ipv6) {
        AddressSet out = AddressSet.NONE;
        for (DocumentNode v : values) {
            try {
                if (v.isMap() && v.has("prefix")) {
                    DocumentNode prefix = v.get("prefix");
                    Integer length = prefix.get("len").integer();
                    Cidr host = Cidr.parse(prefix.text("addr"));
                    int bits = host.isIpv6() ? 128 : 32;
                    int len = length == null ? bits : length;
                    BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE.shiftLeft(bits - len));
                    out = out.union(AddressSet.of(Cidr.of(host.isIpv6(), host.first().and(mask), len)));
                } else if (v.isMap() && v.has("range")) {
                    List<DocumentNode> ends = v.list("range");
                    Cidr first = Cidr.parse(ends.get(0).text());
                    Cidr last = Cidr.parse(ends.get(1).text());
                    out = out.union(AddressSet.range(first.isIpv6(), first.first(), last.first()));
                } else {
                    out = out.union(AddressSet.of(Cidr.parse(v.text())));
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                v.problem("not an address, a prefix or a range: " + v.describe());
            }
        }
        return out.family(ipv6);
    }

    private static PortSet ports(List<DocumentNode> values, Transport transport) {
        PortSet out = PortSet.NONE;
        for (DocumentNode v : values) {
            if (v.isMap() && v.has("range")) {
                List<DocumentNode> ends = v.list("range");
                Integer first = ends.size() == 2 ? port(ends.get(0)) : null;
                Integer last = ends.size() == 2 ? port(ends.get(1)) : null;
                if (first != null && last != null && first <= last) {
                    out = out.union(PortSet.of(transport, first, last));
                    continue;
                }
            } else {
                Integer port = port(v);
                if (port != null) {
                    out = out.union(PortSet.of(transport, port, port));
                    continue;
                }
            }
            v.problem("not a port or a range of ports: " + v.describe());
        }
        return out;
    }

    private static Integer port(DocumentNode v) {
        String text = v.text();
        Integer port = SERVICES.get(text);
        if (port == null && text.matches("\\d{1,5}")) {
            port = Integer.valueOf(text);
        }
        return port != null && port >= 1 && port <= 65535 ? port : null;
    }

    private static String describe(DocumentNode left) {
        return left.tree() instanceof YamlNode.MapNode m && !m.entries().isEmpty() ? m.entries().get(0).key() : left.describe();
    }
}
