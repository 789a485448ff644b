package io.zonewright.hostfw;

import io.zonewright.io.DocumentFiles;
import io.zonewright.io.Problems;
import io.zonewright.model.AddressSet;
import io.zonewright.model.Cidr;
import io.zonewright.model.PortSet;
import io.zonewright.model.PortSet.Transport;
import io.zonewright.model.SourceLocation;
import io.zonewright.text.Visible;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code iptables-save} or {@code ip6tables-save} text into a {@link Ruleset}: the filter table's
 * chains with their policies, each rule's addresses (negations and ranges included), protocol,
 * destination ports (multiport too), conntrack state, loopback, comment and target. The family is IPv6
 * for ip6tables-save output (its header, or addresses with colons), IPv4 otherwise. What a rule matches
 * beyond those (ipsets, rate limits, owners, marks) is read as matching every packet, and noted.
 */
public final class IptablesSaveReader {

    /** A source or destination written with colons: an IPv6 address. */
    private static final java.util.regex.Pattern IPV6_ADDRESS = java.util.regex.Pattern.compile("\\s-[sd]\\s+[0-9a-fA-F:]*:[0-9a-fA-F:/]*\\s");

    private static final Set<String> HOOKS = Set.of("INPUT", "OUTPUT", "FORWARD");

    private final String fileName;
    private final boolean ipv6;
    private final Problems problems = new Problems();
    private final Set<String> notes = new LinkedHashSet<>();
    private final Map<String, String> policies = new LinkedHashMap<>();
    private final Map<String, List<FirewallRule>> rules = new LinkedHashMap<>();
    private final Map<String, SourceLocation> declared = new LinkedHashMap<>();

    private IptablesSaveReader(String fileName, boolean ipv6) {
        this.fileName = fileName;
        this.ipv6 = ipv6;
    }

    public static Ruleset read(Path file) {
        try {
            return parse(DocumentFiles.text(file), file.toString());
        } catch (IOException e) {
            Problems p = new Problems();
            p.add(SourceLocation.of(file.toString(), 0, 0), e.getMessage());
            return new Ruleset(file.toString(), Map.of(), AddressSet.NONE, p.all(), List.of());
        }
    }

    public static Ruleset parse(String text, String fileName) {
        return new IptablesSaveReader(fileName, isIpv6(text)).read(text);
    }

    /**
     * Whether the text is ip6tables': its header comment says so (ip6tables-save, or a file made for
     * ip6tables-restore), or its rules name IPv6 addresses or ICMPv6.
     */
    private static boolean isIpv6(String text) {
        return text.lines().anyMatch(l -> l.startsWith("#") && l.contains("ip6tables")
                || l.startsWith("-A") && (l.contains("ipv6-icmp") || l.contains("icmpv6") || IPV6_ADDRESS.matcher(l).find()));
    }


    private Ruleset read(String text) {
        boolean filter = false;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            SourceLocation at = SourceLocation.of(fileName, i + 1, 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("*")) {
                filter = line.equals("*filter");
            } else if (line.equals("COMMIT")) {
                filter = false;
            } else if (!filter) {
                continue;
            } else if (line.startsWith(":")) {
                String[] parts = line.substring(1).split("\\s+");
                declared.put(parts[0], at);
                policies.put(parts[0], parts.length > 1 ? parts[1] : "-");
                rules.computeIfAbsent(parts[0], c -> new ArrayList<>());
            } else if (line.startsWith("-A ")) {
                rule(line, at);
            } else {
                problems.add(at, "not a line of iptables-save output: " + Visible.truncated(line, 80));
            }
        }
        Map<String, FirewallChain> chains = new LinkedHashMap<>();
        for (Map.Entry<String, List<FirewallRule>> e : rules.entrySet()) {
            String name = e.getKey();
            boolean base = HOOKS.contains(name);
            chains.put("filter/" + name, new FirewallChain("filter " + name, base ? name.toLowerCase(Locale.ROOT) : null,
                    policies.getOrDefault(name, "ACCEPT").equals("ACCEPT"), Box.ALL.family(ipv6), e.getValue(),
                    declared.getOrDefault(name, SourceLocation.UNKNOWN)));
        }
        for (FirewallChain c : chains.values()) {
            for (FirewallRule r : c.rules()) {
                if (r.target() != null && !chains.containsKey(r.target())) {
                    problems.add(r.location(), "jumps to chain " + r.target().substring("filter/".length()) + ", which is not declared");
                }
            }
        }
        notes.add("an " + (ipv6 ? "ip6tables" : "iptables") + " ruleset decides only " + (ipv6 ? "IPv6" : "IPv4") + " packets");
        return Ruleset.read(fileName, chains, AddressSet.all(ipv6), problems.all(), List.copyOf(notes));
    }

    private void rule(String line, SourceLocation at) {
        List<String> words = words(line, at);
        String chain = words.get(1);
        Box box = Box.ALL.family(ipv6);
        Verdict verdict = Verdict.CONTINUE;
        String target = null;
        String comment = null;
        boolean negate = false;
        String protocol = null;
        for (int i = 2; i < words.size(); i++) {
            String w = words.get(i);
            String value = i + 1 < words.size() ? words.get(i + 1) : "";
            switch (w) {
                case "!" -> {
                    negate = true;
                    continue;
                }
                case "-s", "--source", "-d", "--destination" -> {
                    AddressSet a = addresses(value, at);
                    AddressSet set = negate ? AddressSet.all(ipv6).minus(a) : a;
                    box = box.intersection(w.startsWith("-s") || w.equals("--source")
                            ? new Box(set, AddressSet.ALL, PortSet.ALL) : new Box(AddressSet.ALL, set, PortSet.ALL));
                    i++;
                }
                case "--src-range", "--dst-range" -> {
                    String[] ends = value.split("-");
                    AddressSet a = ends.length == 2 ? range(ends[0], ends[1], at) : AddressSet.NONE;
                    AddressSet set = negate ? AddressSet.all(ipv6).minus(a) : a;
                    box = box.intersection(w.equals("--src-range") ? new Box(set, AddressSet.ALL, PortSet.ALL) : new Box(AddressSet.ALL, set, PortSet.ALL));
                    i++;
                }
                case "-p", "--protocol" -> {
                    protocol = value.toLowerCase(Locale.ROOT);
                    PortSet p = NftProtocols.of(protocol);
                    box = box.intersection(new Box(AddressSet.ALL, AddressSet.ALL, negate ? PortSet.ALL.minus(p) : p));
                    i++;
                }
                case "--dport", "--destination-port", "--dports", "--destination-ports", "--ports" -> {
                    Transport t = transport(protocol, at);
                    if (t != null) {
                        PortSet p = ports(value, t, at);
                        box = box.intersection(new Box(AddressSet.ALL, AddressSet.ALL, negate ? PortSet.whole(t).minus(p) : p));
                    }
                    if (w.equals("--ports")) {
                        notes.add("multiport --ports matches either port: it is read as the destination port");
                    }
                    i++;
                }
                case "--sport", "--source-port", "--sports", "--source-ports" -> {
                    notes.add("source ports are not compared: such a rule is read as matching every port");
                    i++;
                }
                case "--ctstate", "--state" -> {
                    boolean newMatches = List.of(value.split(",")).contains("NEW");
                    if (newMatches == negate) {
                        box = new Box(AddressSet.NONE, AddressSet.NONE, PortSet.NONE);
                    }
                    i++;
                }
                case "-i", "--in-interface", "-o", "--out-interface" -> {
                    if (value.equals("lo") && !negate) {
                        box = new Box(AddressSet.NONE, AddressSet.NONE, PortSet.NONE);
                    } else if (!value.equals("lo")) {
                        notes.add("interface names are not compared: a rule for an interface is read as matching every packet");
                    }
                    i++;
                }
                case "--comment" -> {
                    comment = value;
                    i++;
                }
                case "-m", "--match" -> i++;
                case "--icmp-type", "--icmpv6-type" -> {
                    notes.add("ICMP types are not compared: an ICMP rule is read as admitting ICMP");
                    i++;
                }
                case "--match-set" -> {
                    notes.add("ipset contents are not in iptables-save output: a rule with --match-set is read as matching every packet");
                    i += 2;
                }
                case "-j", "--jump", "-g", "--goto" -> {
                    switch (value) {
                        case "ACCEPT" -> verdict = Verdict.ACCEPT;
                        case "DROP", "REJECT" -> verdict = Verdict.DROP;
                        case "RETURN" -> verdict = Verdict.RETURN;
                        case "LOG", "NFLOG", "MARK", "CONNMARK", "NOTRACK", "CT", "TRACE", "AUDIT" -> verdict = Verdict.CONTINUE;
                        default -> {
                            verdict = w.startsWith("-g") || w.equals("--goto") ? Verdict.GOTO : Verdict.JUMP;
                            target = "filter/" + value;
                        }
                    }
                    i++;
                    // what follows a target (--reject-with, --log-prefix) are its options
                    i = words.size();
                }
                default -> {
                    if (w.startsWith("--")) {
                        notes.add("iptables option " + w + " is read as matching every packet");
                        if (i + 1 < words.size() && !words.get(i + 1).startsWith("-")) {
                            i++;
                        }
                    } else if (w.startsWith("-")) {
                        problems.add(at, "unknown option " + w);
                    }
                }
            }
            negate = false;
        }
        String text = "line " + at.line() + ", chain " + chain + (comment == null ? "" : " \"" + comment + "\"");
        rules.computeIfAbsent(chain, c -> new ArrayList<>()).add(new FirewallRule(List.of(new FirewallRule.Part(box, null)),
                verdict, target, text, at));
    }

    private Transport transport(String protocol, SourceLocation at) {
        Transport t = protocol == null ? null : switch (protocol) {
            case "tcp", "6" -> Transport.TCP;
            case "udp", "17" -> Transport.UDP;
            case "sctp", "132" -> Transport.SCTP;
            default -> null;
        };
        if (t == null) {
            problems.add(at, "a port needs -p tcp, udp or sctp before it");
        }
        return t;
    }

    private PortSet ports(String text, Transport transport, SourceLocation at) {
        PortSet out = PortSet.NONE;
        for (String part : text.split(",")) {
            String[] ends = part.split(":");
            try {
                int first = ends[0].isEmpty() ? 1 : Integer.parseInt(ends[0]);
                int last = ends.length == 1 ? first : ends[1].isEmpty() ? 65535 : Integer.parseInt(ends[1]);
                out = out.union(PortSet.of(transport, first, last));
            } catch (IllegalArgumentException e) {
                problems.add(at, "not a port or a range of ports: " + part);
            }
        }
        return out;
    }

    private AddressSet addresses(String text, SourceLocation at) {
        AddressSet out = AddressSet.NONE;
        for (String part : text.split(",")) {
            try {
                int slash = part.indexOf('/');
                Cidr host = Cidr.parse(slash < 0 ? part : part.substring(0, slash));
                int bits = host.isIpv6() ? 128 : 32;
                int prefix = slash < 0 ? bits : prefixLength(part.substring(slash + 1), bits);
                BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE.shiftLeft(bits - prefix));
                out = out.union(AddressSet.of(Cidr.of(host.isIpv6(), host.first().and(mask), prefix)));
            } catch (IllegalArgumentException e) {
                problems.add(at, "not an address: " + part);
            }
        }
        return out;
    }

    /** A prefix length, or a dotted mask as old iptables printed it. */
    private static int prefixLength(String text, int bits) {
        if (text.contains(".")) {
            return Cidr.parse(text).first().bitCount();
        }
        int length = Integer.parseInt(text);
        if (length < 0 || length > bits) {
            throw new IllegalArgumentException("prefix length " + length);
        }
        return length;
    }

    private AddressSet range(String first, String last, SourceLocation at) {
        try {
            Cidr a = Cidr.parse(first);
            Cidr b = Cidr.parse(last);
            return AddressSet.range(a.isIpv6(), a.first(), b.first());
        } catch (IllegalArgumentException e) {
            problems.add(at, "not an address range: " + first + "-" + last);
            return AddressSet.NONE;
        }
    }

    /** The words of a line as the shell would split them: double quotes group, a backslash escapes. */
    private List<String> words(String line, SourceLocation at) {
        List<String> out = new ArrayList<>(24);
        StringBuilder word = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    out.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quoted) {
            problems.add(at, "a quote is not closed");
        }
        if (word != null) {
            out.add(word.toString());
        }
        return out;
    }
}
