package io.zonewright.export.aws;

import io.zonewright.export.Target;
import io.zonewright.export.Unexpressed;
import io.zonewright.flows.Flow;
import io.zonewright.flows.FlowEnd;
import io.zonewright.flows.Flows;
import io.zonewright.model.Cidr;
import io.zonewright.model.Endpoint;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Protocol;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.model.ZoneRole;
import io.zonewright.text.Visible;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map;
import java.util.Set;

/**
 * A security group per service of an internal zone (but for one that runs only in Kubernetes, whose pods
 * NetworkPolicies guard), and per connection an ingress rule on the destination's group and an egress rule
 * on the source's. A peer with a group is referenced by id, so that rules hold as instances come and go;
 * other peers are their address ranges, one rule each.
 */
final class SecurityGroups extends TerraformFile {

    /** The default quota of rules per group and direction. */
    private static final int QUOTA = 60;
    /** The punctuation EC2 accepts in a description, besides ASCII letters and digits. */
    private static final String DESCRIPTION_PUNCTUATION = ". _-:/()#,@[]+=&;{}!$*";

    private static final String CONNECTION_TAG = Hcl.key("zonewright:connection");

    private final Flows flows;
    private final Topology topology;
    private final Map<String, String> groupNames = new LinkedHashMap<>();
    private final Set<String> resourceNames = new HashSet<>();
    /** What a rule writes of its flow, the same on both groups: made once per flow. */
    private final Map<Flow, FlowText> flowTexts = new IdentityHashMap<>();
    /**
     * Peers with a group (by service object: a service's record hash reads all its fields) and ranges: the
     * attribute that names each, its value, and its part of rule names.
     */
    private final Map<Service, String[]> groupPeers = new IdentityHashMap<>();
    private final Map<Cidr, String[]> rangePeers = new HashMap<>();

    /** The comment, description and tag of a flow's rules, and its port's part of their names. */
    private record FlowText(String comment, String description, String tag, String portName) {
    }

    SecurityGroups(Flows flows) {
        this.flows = flows;
        this.topology = flows.topology();
        for (Service s : topology.services()) {
            if (hasGroup(s)) {
                groupNames.put(s.id(), Hcl.name(s.id()));
            }
        }
    }

    private boolean hasGroup(Service s) {
        return topology.zoneOf(s).role() != ZoneRole.EXTERNAL
                && (s.deployment().securityGroup() != null || s.deployment().kubernetes() == null);
    }

    boolean manages(Flow f) {
        return f.from().services().stream().anyMatch(s -> groupNames.containsKey(s.id()))
                || f.to().services().stream().anyMatch(s -> groupNames.containsKey(s.id()));
    }

    @Override
    String render() {
        Hcl hcl = new Hcl(1200 * flows.all().size() + 4096);
        hcl.comment("Security groups made by Zonewright from the design \"" + topology.name() + "\". Export again rather than edit.");
        hcl.comment("Each connection is an ingress rule on its destination's group and an egress rule on its source's.");
        hcl.comment("Security groups do not filter the instance metadata service (169.254.169.254): require IMDSv2");
        hcl.comment("(metadata_options { http_tokens = \"required\" }) and let the host firewall close it.");
        for (Service s : topology.services()) {
            if (groupNames.containsKey(s.id())) {
                group(hcl, s);
            }
        }
        return hcl.text();
    }

    private void group(Hcl hcl, Service s) {
        String name = groupNames.get(s.id());
        hcl.blank();
        hcl.comment(s.displayName() + " (" + s.id() + "), zone " + topology.zoneOf(s).displayName());
        hcl.open("resource \"aws_security_group\" \"" + name + "\"");
        hcl.attribute("name", Hcl.string("zw-" + s.id()));
        hcl.attribute("description", Hcl.string(description("Zonewright: " + s.displayName() + " (" + s.id() + ")")));
        hcl.attribute("vpc_id", "var.vpc_id");
        hcl.blank();
        hcl.map("tags", List.of(
                new String[] {"Name", s.deployment().securityGroup() == null ? "zw-" + s.id() : s.deployment().securityGroup()},
                new String[] {Hcl.key("zonewright:service"), s.id()}));
        hcl.close();
        int ingress = 0;
        for (Flow f : flows.into(s)) {
            ingress += rules(hcl, name, "ingress", f, f.from(), s);
        }
        int egress = 0;
        for (Flow f : flows.outOf(s)) {
            egress += rules(hcl, name, "egress", f, f.to(), s);
        }
        if (ingress > QUOTA || egress > QUOTA) {
            warnings.add("security group of " + s.id() + " has " + ingress + " inbound and " + egress
                    + " outbound rules; the default quota is " + QUOTA + " per direction");
        }
    }

    /** The rules of one flow on one group; returns how many. */
    private int rules(Hcl hcl, String group, String direction, Flow flow, FlowEnd peer, Service owner) {
        List<String[]> peers = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (peer.endpoint() instanceof Endpoint.Network || peer.endpoint() instanceof Endpoint.ZoneRef) {
            if (peer.hasGap()) {
                missing.add(peer.gap());
            }
            for (Cidr c : peer.addresses().all()) {
                peers.add(cidr(c));
            }
        } else {
            for (Service s : peer.services()) {
                String peerGroup = groupNames.get(s.id());
                if (peerGroup != null) {
                    peers.add(groupPeer(s, peerGroup));
                } else if (!s.addresses().isEmpty()) {
                    for (Cidr c : s.addresses()) {
                        peers.add(cidr(c));
                    }
                } else {
                    missing.add("service " + s.id() + " has neither a security group nor addresses");
                }
            }
        }
        if (!missing.isEmpty()) {
            String place = direction + " of security group " + owner.id();
            String reason = String.join("; ", missing.subList(0, Math.min(3, missing.size())))
                    + (missing.size() > 3 ? "; and " + (missing.size() - 3) + " more" : "");
            unexpressed.add(new Unexpressed(Target.AWS, flow.id(), place, reason));
            hcl.blank();
            hcl.comment("NOT ENFORCED " + flow.id() + " (" + place + "): " + reason);
        }
        boolean ingress = direction.equals("ingress");
        String resource = ingress ? "resource \"aws_vpc_security_group_ingress_rule\" \""
                : "resource \"aws_vpc_security_group_egress_rule\" \"";
        String groupRef = groupPeer(owner, group)[1];
        FlowText text = flowTexts.computeIfAbsent(flow, SecurityGroups::text);
        StringBuilder out = hcl.raw();
        for (String[] p : peers) {
            // Tens of thousands of these: written straight out in the layout terraform fmt gives them.
            boolean byGroup = p[0].length() > "security_group_id".length();
            out.append("\n# ").append(text.comment()).append('\n').append(resource)
                    .append(unique(group + (ingress ? "_in_" : "_out_") + p[2] + "_" + text.portName())).append("\" {\n");
            key(out, "security_group_id", byGroup).append(groupRef).append('\n');
            key(out, p[0], byGroup).append(p[1]).append('\n');
            PortSpec port = flow.port();
            key(out, "ip_protocol", byGroup).append(protocol(port, p[0].equals("cidr_ipv6"))).append('\n');
            if (port.protocol() != Protocol.ANY) {
                boolean icmp = port.protocol() == Protocol.ICMP;
                key(out, "from_port", byGroup).append(icmp ? -1 : port.ports().first()).append('\n');
                key(out, "to_port", byGroup).append(icmp ? -1 : port.ports().last()).append('\n');
            }
            key(out, "description", byGroup).append(text.description()).append("\n\n  tags = {\n    ").append(CONNECTION_TAG)
                    .append(" = ").append(text.tag()).append("\n  }\n}\n");
            rules++;
        }
        return peers.size();
    }

    private static FlowText text(Flow flow) {
        String comment = Visible.truncated(flow.id() + ": " + flow.from().label() + " -> " + flow.to().label() + ", "
                + flow.port() + (flow.connection().hasPurpose() ? ", " + flow.connection().purpose() : ""), Hcl.COMMENT_WIDTH);
        return new FlowText(comment, Hcl.string(description(flow.id())), Hcl.string(flow.id()), portName(flow.port()));
    }

    /** A service's group as a rule's peer: by its id. */
    private String[] groupPeer(Service s, String group) {
        return groupPeers.computeIfAbsent(s, any -> new String[] {"referenced_security_group_id", "aws_security_group." + group + ".id", group});
    }

    private String[] cidr(Cidr c) {
        return rangePeers.computeIfAbsent(c, any -> {
            String text = c.toPrefixString();
            return new String[] {c.isIpv6() ? "cidr_ipv6" : "cidr_ipv4", Hcl.string(text), Hcl.fold(text)};
        });
    }

    private static String protocol(PortSpec port, boolean ipv6) {
        return switch (port.protocol()) {
            case TCP -> "\"tcp\"";
            case UDP -> "\"udp\"";
            case ICMP -> ipv6 ? "\"icmpv6\"" : "\"icmp\"";
            case ANY -> "\"-1\"";
        };
    }

    /**
     * An attribute's key as terraform fmt aligns it in a rule: padded to the longest key of the rule, which
     * is referenced_security_group_id when the peer is a group and security_group_id otherwise.
     */
    private static StringBuilder key(StringBuilder out, String key, boolean byGroup) {
        int width = byGroup ? "referenced_security_group_id".length() : "security_group_id".length();
        out.append("  ").append(key);
        for (int pad = key.length(); pad < width; pad++) {
            out.append(' ');
        }
        return out.append(" = ");
    }

    static String portName(PortSpec port) {
        return port.protocol().hasPorts() ? port.ports().toString().replace('-', '_') + "_" + port.protocol().yamlName()
                : port.protocol().yamlName();
    }

    /** EC2 takes descriptions of at most 255 characters of a small alphabet: "->" reads " to ", the rest "_". */
    static String description(String text) {
        String spelled = text.replace("->", " to ");
        StringBuilder folded = new StringBuilder(Math.min(spelled.length(), 255));
        for (int i = 0; i < spelled.length() && folded.length() < 255; i++) {
            char c = spelled.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || DESCRIPTION_PUNCTUATION.indexOf(c) >= 0);
            folded.append(ok ? c : '_');
        }
        return folded.toString();
    }

    /** A resource name not used before in this file: duplicate connections get a number. */
    private String unique(String name) {
        String candidate = name;
        for (int n = 2; !resourceNames.add(candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
