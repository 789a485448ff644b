package io.zonewright.export.aws;

import io.zonewright.export.Target;
import io.zonewright.export.Unexpressed;
import io.zonewright.model.Cidr;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.PortRange;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Protocol;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A network ACL per internal zone with addresses, on the subnets its services name, for the zone policy:
 * traffic within the zone, and each allowed crossing into or out of it. ACLs are stateless, so every
 * crossing also opens its return traffic on the ephemeral ports. Rules are numbered from 100 in steps of
 * 10, leaving room to insert; what no rule allows, the ACL's last rule denies.
 */
final class NetworkAcls extends TerraformFile {

    private static final int QUOTA = 20;
    private static final PortRange EPHEMERAL = new PortRange(1024, 65535);

    private final Topology topology;
    private final Set<String> subnets = new TreeSet<>();

    NetworkAcls(Topology topology) {
        this.topology = topology;
    }

    /** The subnet names the ACLs use: valid after {@link #render()}. */
    Set<String> subnetNames() {
        return subnets;
    }

    @Override
    String render() {
        Hcl hcl = new Hcl();
        hcl.comment("Network ACLs made by Zonewright from the zone policy of \"" + topology.name() + "\". Export again rather than edit.");
        hcl.comment("Stateless: each allowed crossing also opens its return traffic on ports 1024-65535.");
        hcl.comment("ACLs do not filter Amazon DNS, DHCP, the metadata service or the time service.");
        for (Zone zone : topology.zones()) {
            if (zone.role() != ZoneRole.EXTERNAL) {
                acl(hcl, zone);
            }
        }
        return hcl.text();
    }

    private record AclRule(boolean egress, Protocol protocol, PortRange ports, Cidr peer, String why) {
    }

    private void acl(Hcl hcl, Zone zone) {
        String place = "network ACL of zone " + zone.id();
        if (zone.addresses().isEmpty()) {
            unexpressed.add(new Unexpressed(Target.AWS, "zone " + zone.id(), place, "zone " + zone.id() + " has no addresses"));
            hcl.blank();
            hcl.comment("NOT ENFORCED zone " + zone.id() + ": it has no addresses, so it has no network ACL");
            return;
        }
        List<AclRule> acl = new ArrayList<>();
        for (Cidr own : zone.addresses()) {
            acl.add(new AclRule(false, Protocol.ANY, PortRange.ALL, own, "within zone " + zone.id()));
            acl.add(new AclRule(true, Protocol.ANY, PortRange.ALL, own, "within zone " + zone.id()));
        }
        for (PolicyRule p : topology.policy()) {
            if (p.to().equals(zone.id()) && !p.from().equals(zone.id())) {
                crossing(acl, p, topology.zone(p.from()), false, place);
            }
            if (p.from().equals(zone.id()) && !p.to().equals(zone.id())) {
                crossing(acl, p, topology.zone(p.to()), true, place);
            }
        }
        String name = Hcl.name(zone.id());
        Set<String> zoneSubnets = new TreeSet<>();
        for (Service s : topology.servicesIn(zone.id())) {
            if (s.deployment().subnet() != null) {
                zoneSubnets.add(s.deployment().subnet());
            }
        }
        if (zoneSubnets.isEmpty()) {
            zoneSubnets.add(zone.id());
        }
        subnets.addAll(zoneSubnets);
        hcl.blank();
        hcl.comment("Zone " + zone.displayName() + " (" + zone.id() + ")");
        hcl.open("resource \"aws_network_acl\" \"" + name + "\"");
        hcl.attribute("vpc_id", "var.vpc_id");
        hcl.attribute("subnet_ids", "[" + String.join(", ", zoneSubnets.stream()
                .map(s -> "var.subnet_ids[" + Hcl.string(s) + "]").toList()) + "]");
        hcl.blank();
        hcl.map("tags", List.of(new String[] {"Name", "zw-" + zone.id()}, new String[] {Hcl.key("zonewright:zone"), zone.id()}));
        hcl.close();
        int[] next = {100, 100};
        for (AclRule r : acl) {
            int number = next[r.egress() ? 1 : 0];
            next[r.egress() ? 1 : 0] += 10;
            hcl.blank();
            hcl.comment(r.why());
            hcl.open("resource \"aws_network_acl_rule\" \"" + name + (r.egress() ? "_out_" : "_in_") + number + "\"");
            hcl.attribute("network_acl_id", "aws_network_acl." + name + ".id");
            hcl.attribute("rule_number", number);
            hcl.attribute("egress", r.egress() ? "true" : "false");
            hcl.attribute("rule_action", Hcl.string("allow"));
            String cidr = r.peer().toPrefixString();
            hcl.attribute(r.peer().isIpv6() ? "ipv6_cidr_block" : "cidr_block", Hcl.string(cidr));
            switch (r.protocol()) {
                case TCP, UDP -> {
                    hcl.attribute("protocol", Hcl.string(r.protocol().yamlName()));
                    hcl.attribute("from_port", r.ports().first());
                    hcl.attribute("to_port", r.ports().last());
                }
                case ICMP -> {
                    hcl.attribute("protocol", Hcl.string(r.peer().isIpv6() ? "58" : "icmp"));
                    hcl.attribute("icmp_type", -1);
                    hcl.attribute("icmp_code", -1);
                }
                case ANY -> hcl.attribute("protocol", Hcl.string("-1"));
            }
            hcl.close();
            rules++;
        }
        long in = acl.stream().filter(r -> !r.egress()).count();
        long out = acl.size() - in;
        if (in > QUOTA || out > QUOTA) {
            warnings.add("network ACL of zone " + zone.id() + " has " + in + " inbound and " + out
                    + " outbound rules; the default quota is " + QUOTA + " per direction");
        }
    }

    /** The rules of one crossing, seen from one zone: the ports towards the server, ephemeral ports back. */
    private void crossing(List<AclRule> acl, PolicyRule p, Zone other, boolean outward, String place) {
        String subject = "policy " + p.from() + "->" + p.to();
        if (other.addresses().isEmpty()) {
            unexpressed.add(new Unexpressed(Target.AWS, subject, place, "zone " + other.id() + " has no addresses"));
            return;
        }
        List<PortSpec> ports = p.ports().isEmpty() ? List.of(PortSpec.ANY) : p.ports();
        for (Cidr peer : other.addresses()) {
            for (PortSpec port : ports) {
                String why = subject + ", " + port;
                acl.add(new AclRule(outward, port.protocol(), port.ports(), peer, why));
                PortRange back = port.protocol().hasPorts() ? EPHEMERAL : PortRange.ALL;
                acl.add(new AclRule(!outward, port.protocol(), back, peer, why + ", return traffic"));
            }
        }
    }
}
