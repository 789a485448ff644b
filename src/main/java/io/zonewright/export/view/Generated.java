package io.zonewright.export.view;

import io.zonewright.export.CommentIds;
import io.zonewright.export.GeneratedFile;
import io.zonewright.export.Target;
import io.zonewright.export.TargetOutput;
import io.zonewright.export.Unexpressed;
import io.zonewright.export.aws.AwsNames;
import io.zonewright.export.kubernetes.PolicyNames;
import io.zonewright.model.Connection;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What each enforcing target makes of one service or one connection, cut out of the generated files: a
 * host's whole ruleset, a service's NetworkPolicy and security-group rules, and for a connection every
 * line or block that carries its id. The same ids an audit maps rules back by.
 */
public final class Generated {

    private Generated() {
    }

    /** The targets this shows. */
    public static final List<Target> TARGETS = List.of(Target.NFTABLES, Target.IPTABLES, Target.KUBERNETES, Target.AWS);

    public static Map<Target, String> forService(List<TargetOutput> outputs, Topology topology, Service service) {
        Map<Target, String> out = new EnumMap<>(Target.class);
        for (TargetOutput o : outputs) {
            String text = switch (o.target()) {
                case NFTABLES -> file(o, "nftables/" + service.id() + ".nft");
                case IPTABLES -> joined(file(o, "iptables/" + service.id() + ".rules"), file(o, "iptables/" + service.id() + ".rules6"));
                case KUBERNETES -> kubernetes(o, service);
                case AWS -> GeneratedBlocks.hclResources(file(o, "aws/security-groups.tf"),
                        "aws_security_group." + AwsNames.group(service.id()) + ".id",
                        "resource \"aws_security_group\" \"" + AwsNames.group(service.id()) + "\"");
                default -> "";
            };
            if (TARGETS.contains(o.target())) {
                out.put(o.target(), text.isEmpty() ? nothing(o.target(), topology, service) : text);
            }
        }
        return out;
    }

    public static Map<Target, String> forConnection(List<TargetOutput> outputs, Connection connection) {
        Map<Target, String> out = new EnumMap<>(Target.class);
        for (TargetOutput o : outputs) {
            if (!TARGETS.contains(o.target())) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (Unexpressed u : o.unexpressed()) {
                if (u.subject().equals(connection.id())) {
                    text.append("# NOT ENFORCED in the ").append(u.place()).append(": ").append(u.reason()).append('\n');
                }
            }
            for (GeneratedFile f : o.files()) {
                String part = switch (o.target()) {
                    case NFTABLES -> GeneratedBlocks.linesWith(f.content(), "comment \"" + CommentIds.of(connection.id(), 128) + "\"");
                    case IPTABLES -> GeneratedBlocks.iptablesRules(f.content(), CommentIds.of(connection.id(), 255));
                    case KUBERNETES -> GeneratedBlocks.policyRules(f.content(), connection.id());
                    case AWS -> GeneratedBlocks.hclResources(f.content(), "\"zonewright:connection\" = " + AwsNames.string(connection.id()));
                    default -> "";
                };
                if (!part.isEmpty()) {
                    text.append("# ").append(f.path()).append('\n').append(part).append('\n');
                }
            }
            out.put(o.target(), text.length() == 0 ? "# Nothing: no end of this connection is managed by this target.\n"
                    : text.toString());
        }
        return out;
    }

    private static String file(TargetOutput o, String path) {
        for (GeneratedFile f : o.files()) {
            if (f.path().equals(path)) {
                return f.content();
            }
        }
        return "";
    }

    private static String joined(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
    }

    private static String kubernetes(TargetOutput o, Service service) {
        if (service.deployment().kubernetes() == null) {
            return "";
        }
        return GeneratedBlocks.policyNamed(file(o, "kubernetes/" + service.deployment().kubernetes().namespace() + ".yaml"),
                PolicyNames.of(service.id()));
    }

    private static String nothing(Target target, Topology topology, Service service) {
        return switch (target) {
            case NFTABLES, IPTABLES -> service.addresses().isEmpty()
                    ? "# No host firewall: the service has no addresses.\n"
                    : "# No host firewall: the service is outside (zone " + topology.zoneOf(service).id() + ").\n";
            case KUBERNETES -> service.deployment().kubernetes() == null
                    ? "# No NetworkPolicy: the service does not run in Kubernetes.\n"
                    : "# No NetworkPolicy: no connection reaches or leaves it.\n";
            case AWS -> "# No security group: the service is outside, or runs only in Kubernetes.\n";
            default -> "";
        };
    }
}
