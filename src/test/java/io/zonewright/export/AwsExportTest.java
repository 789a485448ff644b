package io.zonewright.export;

import io.zonewright.Designs;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AwsExportTest {

    @TempDir
    Path dir;

    private static final Topology CLOUD = Designs.parse(Designs.ZONES + """
            services:
              - {id: lb, zone: public, kind: load-balancer, securityGroup: web-lb, subnet: public-a, addresses: [10.0.1.10]}
              - {id: api.v2, zone: app, kind: api, subnet: app-a}
              - {id: pod, zone: app, kind: api, kubernetes: {namespace: shop, labels: {app: pod}}}
              - {id: db, zone: data, kind: database, subnet: data-a}
              - {id: partner, zone: internet, kind: external-api, addresses: [203.0.113.7, "2001:db8::7"]}
            connections:
              - {from: lb, to: api.v2, port: 8080/tcp}
              - {from: api.v2, to: db, port: 5432/tcp}
              - {from: api.v2, to: partner, port: 443/tcp}
              - {from: zone:internet, to: lb, port: 443/tcp}
              - {from: api.v2, to: db, port: icmp}
              - {from: pod, to: db, port: 5432/tcp}
            policy:
              - {from: internet, to: public, ports: [443/tcp]}
              - {from: public, to: app, ports: [8080/tcp]}
              - {from: app, to: data}
            """);

    private static List<HclChecks.Resource> of(Exported e, String file, String type) {
        return HclChecks.resources(e.file(file)).stream().filter(r -> r.type().equals(type)).toList();
    }

    @Test
    void everyFileOfTheSamplesAndOfACloudDesignReadsAsHclAndAsTerraformFmtWritesIt() throws Exception {
        for (Topology t : List.of(Designs.load(Designs.ARTICLE), Designs.load(Designs.SHOP), Designs.load(Designs.FLAWED), CLOUD)) {
            Exported e = Exported.of(t, Target.AWS);
            for (Map.Entry<String, String> f : e.files().entrySet()) {
                assertEquals(List.of(), HclChecks.problems(f.getValue()), f.getKey());
            }
            Path out = Files.createTempDirectory(dir, "aws");
            e.writeTo(out);
            if (Files.isExecutable(Path.of("/usr/local/bin/terraform")) || Files.isExecutable(Path.of("/usr/bin/terraform"))) {
                Tools.Result fmt = Tools.run(List.of("terraform", "fmt", "-check", "-diff", out.resolve("aws").toString()));
                assertEquals(0, fmt.exitCode(), fmt.output());
            }
        }
    }

    @Test
    void aConnectionIsAnIngressRuleOnOneGroupAndAnEgressRuleOnTheOtherByGroupId() {
        Exported e = Exported.of(CLOUD, Target.AWS);
        List<HclChecks.Resource> groups = of(e, "aws/security-groups.tf", "aws_security_group");
        assertEquals(List.of("lb", "api_v2_" + groups.get(1).name().substring(7), "db"),
                groups.stream().map(HclChecks.Resource::name).toList(), "a pod that only runs in Kubernetes has no group");
        String api = groups.get(1).name();
        HclChecks.Resource in = of(e, "aws/security-groups.tf", "aws_vpc_security_group_ingress_rule").stream()
                .filter(r -> r.attributes().get("security_group_id").equals("aws_security_group.db.id")
                        && r.attributes().containsKey("referenced_security_group_id")
                        && "5432".equals(r.attributes().get("from_port"))).findFirst().orElseThrow();
        assertEquals("aws_security_group." + api + ".id", in.attributes().get("referenced_security_group_id"));
        assertEquals("\"tcp\"", in.attributes().get("ip_protocol"));
        assertEquals("5432", in.attributes().get("from_port"));
        assertEquals("\"api.v2 to db:5432/tcp\"", in.attributes().get("description"));
        HclChecks.Resource out = of(e, "aws/security-groups.tf", "aws_vpc_security_group_egress_rule").stream()
                .filter(r -> r.attributes().get("security_group_id").equals("aws_security_group." + api + ".id")
                        && "aws_security_group.db.id".equals(r.attributes().get("referenced_security_group_id"))
                        && "5432".equals(r.attributes().get("from_port"))).findFirst().orElseThrow();
        assertEquals("5432", out.attributes().get("to_port"));
        assertTrue(e.file("aws/security-groups.tf").contains("\"zonewright:connection\" = \"api.v2->db:5432/tcp\""));
    }

    @Test
    void peersWithoutAGroupAreTheirRangesPerFamilyAndIcmpHasNoPorts() {
        Exported e = Exported.of(CLOUD, Target.AWS);
        List<HclChecks.Resource> egress = of(e, "aws/security-groups.tf", "aws_vpc_security_group_egress_rule");
        Set<String> partner = egress.stream().filter(r -> r.name().contains("203_0_113_7") || r.name().contains("2001_db8__7"))
                .map(r -> r.attributes().containsKey("cidr_ipv4") ? r.attributes().get("cidr_ipv4") : r.attributes().get("cidr_ipv6"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("\"203.0.113.7/32\"", "\"2001:db8::7/128\""), partner);
        HclChecks.Resource icmp = egress.stream().filter(r -> "\"icmp\"".equals(r.attributes().get("ip_protocol"))).findFirst().orElseThrow();
        assertEquals("-1", icmp.attributes().get("from_port"));
        assertTrue(e.unexpressed().stream().anyMatch(u -> u.target() == Target.AWS && u.subject().equals("pod->db:5432/tcp")
                && u.reason().equals("service pod has neither a security group nor addresses")), e.unexpressed().toString());
    }

    @Test
    void eachZoneHasANetworkAclForThePolicyWithReturnTrafficAndNumbersInStepsOfTen() {
        Exported e = Exported.of(CLOUD, Target.AWS);
        List<HclChecks.Resource> acls = of(e, "aws/network-acls.tf", "aws_network_acl");
        assertEquals(List.of("public", "app", "data", "mgmt"), acls.stream().map(HclChecks.Resource::name).toList());
        assertEquals("[var.subnet_ids[\"data-a\"]]", acls.get(2).attributes().get("subnet_ids"));
        assertEquals("[var.subnet_ids[\"mgmt\"]]", acls.get(3).attributes().get("subnet_ids"), "a zone naming no subnet is its own");
        List<HclChecks.Resource> publicRules = of(e, "aws/network-acls.tf", "aws_network_acl_rule").stream()
                .filter(r -> r.name().startsWith("public_")).toList();
        List<String> inbound = publicRules.stream().filter(r -> r.attributes().get("egress").equals("false"))
                .map(r -> r.attributes().get("rule_number")).toList();
        assertEquals(List.of("100", "110", "120"), inbound);
        assertTrue(publicRules.stream().anyMatch(r -> r.attributes().get("egress").equals("true")
                && "\"0.0.0.0/0\"".equals(r.attributes().get("cidr_block")) && "1024".equals(r.attributes().get("from_port"))
                && "65535".equals(r.attributes().get("to_port"))), "the answer to the internet leaves on ephemeral ports");
        String variables = e.file("aws/variables.tf");
        assertTrue(variables.contains("variable \"vpc_id\"") && variables.contains("app-a, data-a, mgmt, public-a"), variables);
    }

    @Test
    void aGroupOrAclPastItsQuotaIsAWarning() {
        StringBuilder yaml = new StringBuilder(Designs.ZONES + "services:\n  - {id: db, zone: data, kind: database}\n");
        StringBuilder connections = new StringBuilder("connections:\n");
        StringBuilder policy = new StringBuilder("policy:\n");
        for (int i = 0; i < 61; i++) {
            yaml.append("  - {id: c").append(i).append(", zone: app, kind: api}\n");
            connections.append("  - {from: c").append(i).append(", to: db, port: 5432/tcp}\n");
            policy.append("  - {from: app, to: data, ports: [").append(5000 + i).append("/tcp]}\n");
        }
        Exported e = Exported.of(Designs.parse(yaml.append(connections).toString()), Target.AWS);
        assertTrue(e.output(Target.AWS).warnings().stream().anyMatch(w -> w.startsWith("security group of db has 61 inbound")),
                e.output(Target.AWS).warnings().toString());
        assertFalse(e.output(Target.AWS).warnings().stream().anyMatch(w -> w.contains("network ACL")));
    }
}
