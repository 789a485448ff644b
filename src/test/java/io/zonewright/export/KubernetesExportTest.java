package io.zonewright.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonewright.Designs;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KubernetesExportTest {

    private static final Topology CLUSTER = Designs.parse(Designs.ZONES + """
            services:
              - {id: ingress, zone: public, kind: load-balancer, kubernetes: {namespace: edge, labels: {app: ingress}}}
              - {id: web, zone: app, kind: web, kubernetes: {namespace: shop, labels: {app: web}}}
              - {id: Cart_API, zone: app, kind: api, kubernetes: {namespace: shop, labels: {app.kubernetes.io/name: cart}}}
              - {id: pg, zone: data, kind: database, addresses: [10.0.3.10]}
              - {id: cache, zone: data, kind: cache, kubernetes: {namespace: data, labels: {app: cache}}}
              - {id: prom, zone: mgmt, kind: monitoring, kubernetes: {namespace: obs, labels: {app: prom}}}
              - {id: vm, zone: mgmt, kind: other}
            connections:
              - {from: zone:internet, to: ingress, port: 443/tcp}
              - {from: ingress, to: web, port: 8080/tcp}
              - {from: web, to: Cart_API, port: 7000-7010/tcp}
              - {from: Cart_API, to: pg, port: 5432/tcp}
              - {from: Cart_API, to: zone:data, port: 6379/tcp}
              - {from: prom, to: '*', port: 9090/tcp}
              - {from: web, to: 0.0.0.0/0, port: 443/tcp}
              - {from: web, to: cache, port: icmp}
              - {from: web, to: cache, port: any}
            """);

    private static List<JsonNode> policies(Exported e) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (Map.Entry<String, String> f : e.files().entrySet()) {
            if (!f.getKey().endsWith("kustomization.yaml")) {
                out.addAll(NetworkPolicyChecks.documents(f.getValue()));
            }
        }
        return out;
    }

    private static JsonNode policy(Exported e, String name) throws Exception {
        return policies(e).stream().filter(p -> p.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no policy " + name));
    }

    /** The rule of a policy made for a connection, found through the policy's annotation of connection ids. */
    private static JsonNode rule(JsonNode policy, String side, String connection) throws Exception {
        JsonNode ids = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                policy.at("/metadata/annotations/zonewright.io~1" + side + "-connections").asText());
        for (int i = 0; i < ids.size(); i++) {
            for (JsonNode id : ids.get(i)) {
                if (id.asText().equals(connection)) {
                    return policy.at("/spec/" + side).get(i);
                }
            }
        }
        throw new AssertionError("no " + side + " rule for " + connection + " in " + policy.toPrettyString());
    }

    @Test
    void everyPolicyOfTheSamplesAndOfAMixedClusterPassesTheSchemaAndTheServersRules() throws Exception {
        for (Topology t : List.of(Designs.load(Designs.SHOP), Designs.load(Designs.FLAWED), CLUSTER)) {
            Exported e = Exported.of(t, Target.KUBERNETES);
            List<JsonNode> policies = policies(e);
            assertEquals(t.services().stream().anyMatch(s -> s.deployment().kubernetes() != null), !policies.isEmpty());
            for (JsonNode p : policies) {
                assertEquals(List.of(), NetworkPolicyChecks.problems(p), () -> p.toPrettyString());
            }
        }
    }

    @Test
    void eachNamespaceDeniesByDefaultAndMayReachTheClusterDns() throws Exception {
        Exported e = Exported.of(CLUSTER, Target.KUBERNETES);
        assertEquals(List.of("kubernetes/data.yaml", "kubernetes/edge.yaml", "kubernetes/obs.yaml", "kubernetes/shop.yaml",
                "kubernetes/kustomization.yaml"), List.copyOf(e.files().keySet()));
        assertTrue(e.file("kubernetes/kustomization.yaml").contains("resources:\n  - data.yaml\n  - edge.yaml\n  - obs.yaml\n  - shop.yaml\n"));
        List<JsonNode> shop = NetworkPolicyChecks.documents(e.file("kubernetes/shop.yaml"));
        JsonNode deny = shop.get(0);
        assertEquals("{}", deny.at("/spec/podSelector").toString());
        assertEquals("[\"Ingress\",\"Egress\"]", deny.at("/spec/policyTypes").toString());
        assertTrue(deny.at("/spec/ingress").isMissingNode() && deny.at("/spec/egress").isMissingNode());
        JsonNode dns = shop.get(1).at("/spec/egress/0");
        assertEquals("kube-system", dns.at("/to/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText());
        assertEquals("kube-dns", dns.at("/to/0/podSelector/matchLabels/k8s-app").asText());
        assertEquals("[{\"protocol\":\"UDP\",\"port\":53},{\"protocol\":\"TCP\",\"port\":53}]", dns.get("ports").toString());
    }

    @Test
    void bothEndsOfAConnectionEnforceItWithSelectorsAcrossNamespaces() throws Exception {
        Exported e = Exported.of(CLUSTER, Target.KUBERNETES);
        JsonNode web = policy(e, "zw-web");
        JsonNode fromIngress = rule(web, "ingress", "ingress->web:8080/tcp");
        assertEquals("edge", fromIngress.at("/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText());
        assertEquals("ingress", fromIngress.at("/from/0/podSelector/matchLabels/app").asText());
        assertEquals(8080, fromIngress.at("/ports/0/port").asInt());
        JsonNode ingress = policy(e, "zw-ingress");
        JsonNode toWeb = rule(ingress, "egress", "ingress->web:8080/tcp");
        assertEquals("shop", toWeb.at("/to/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText());
        assertEquals("{\"cidr\":\"0.0.0.0/0\"}", rule(ingress, "ingress", "zone:internet->ingress:443/tcp").at("/from/0/ipBlock").toString(),
                "the internet is its range; as a source nothing is carved out");
        assertTrue(web.at("/metadata/annotations/zonewright.io~1ingress-connections").asText().contains("ingress->web:8080/tcp"));
    }

    @Test
    void rangesUseEndPortAndAServiceOutsideTheClusterIsItsAddresses() throws Exception {
        Exported e = Exported.of(CLUSTER, Target.KUBERNETES);
        String cart = io.zonewright.export.kubernetes.PolicyNames.of("Cart_API");
        JsonNode policy = policy(e, cart);
        assertEquals("{\"protocol\":\"TCP\",\"port\":7000,\"endPort\":7010}",
                rule(policy, "ingress", "web->Cart_API:7000-7010/tcp").at("/ports/0").toString());
        assertEquals("{\"cidr\":\"10.0.3.10/32\"}", rule(policy, "egress", "Cart_API->pg:5432/tcp").at("/to/0/ipBlock").toString());
        assertEquals("{\"cidr\":\"10.0.3.0/24\"}", rule(policy, "egress", "Cart_API->zone:data:6379/tcp").at("/to/0/ipBlock").toString(),
                "zone data holds a service outside the cluster: the zone is its range");
    }

    @Test
    void connectionsOnOnePortShareARuleWhoseAnnotationNamesThemAll() throws Exception {
        Topology t = Designs.parse(Designs.ZONES + """
                services:
                  - {id: a, zone: app, kind: api, kubernetes: {namespace: ns, labels: {app: a}}}
                  - {id: b, zone: app, kind: api, kubernetes: {namespace: ns, labels: {app: b}}}
                  - {id: db, zone: data, kind: database, kubernetes: {namespace: ns, labels: {app: db}}}
                connections:
                  - {from: a, to: db, port: 5432/tcp}
                  - {from: b, to: db, port: 5432/tcp}
                  - {from: b, to: db, port: 9187/tcp}
                """);
        JsonNode db = policy(Exported.of(t, Target.KUBERNETES), "zw-db");
        assertEquals(2, db.at("/spec/ingress").size(), "one rule per port");
        assertEquals("[{\"podSelector\":{\"matchLabels\":{\"app\":\"a\"}}},{\"podSelector\":{\"matchLabels\":{\"app\":\"b\"}}}]",
                db.at("/spec/ingress/0/from").toString());
        assertEquals("[[\"a->db:5432/tcp\",\"b->db:5432/tcp\"],[\"b->db:9187/tcp\"]]",
                db.at("/metadata/annotations/zonewright.io~1ingress-connections").asText());
    }

    @Test
    void theInternetAsADestinationLeavesTheMetadataServiceOut() throws Exception {
        JsonNode web = policy(Exported.of(CLUSTER, Target.KUBERNETES), "zw-web");
        boolean found = false;
        for (JsonNode rule : web.at("/spec/egress")) {
            JsonNode block = rule.at("/to/0/ipBlock");
            if (block.path("cidr").asText().equals("0.0.0.0/0")) {
                assertEquals("[\"169.254.169.254/32\"]", block.get("except").toString());
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    void icmpIsNotExpressedAndAnyProtocolHasNoPorts() throws Exception {
        Exported e = Exported.of(CLUSTER, Target.KUBERNETES);
        assertTrue(e.unexpressed().stream().anyMatch(u -> u.subject().equals("web->cache:icmp")
                && u.reason().equals("NetworkPolicy cannot select ICMP")));
        assertTrue(e.file("kubernetes/shop.yaml").contains("# NOT ENFORCED web->cache:icmp (egress of shop/zw-web)"));
        JsonNode cache = policy(e, "zw-cache");
        boolean anyRule = false;
        for (JsonNode rule : cache.at("/spec/ingress")) {
            anyRule |= rule.at("/from/0/podSelector/matchLabels/app").asText().equals("web") && !rule.has("ports");
        }
        assertTrue(anyRule, cache.toPrettyString());
    }

    @Test
    void everyServiceIncludesOneThatNeitherRunsInTheClusterNorHasAddresses() throws Exception {
        Exported e = Exported.of(CLUSTER, Target.KUBERNETES);
        assertTrue(e.unexpressed().stream().anyMatch(u -> u.subject().equals("prom->*:9090/tcp")
                && u.place().equals("egress of obs/zw-prom") && u.reason().contains("service vm neither runs in Kubernetes nor has addresses")),
                e.unexpressed().toString());
        JsonNode prom = policy(e, "zw-prom");
        assertEquals(6, rule(prom, "egress", "prom->*:9090/tcp").at("/to").size(),
                "the services it can express are still selected: five pods, itself among them, and pg's address");
        for (JsonNode p : policies(e)) {
            for (JsonNode rule : p.at("/spec/ingress")) {
                assertTrue(rule.path("from").size() > 0, "an empty 'from' would allow everyone");
            }
            for (JsonNode rule : p.at("/spec/egress")) {
                assertTrue(rule.path("to").size() > 0, "an empty 'to' would allow everywhere");
            }
        }
    }

    @Test
    void idsThatAreNotDnsNamesGiveDistinctValidPolicyNames() throws Exception {
        Topology t = Designs.parse(Designs.ZONES + """
                services:
                  - {id: A.b, zone: app, kind: api, kubernetes: {namespace: ns, labels: {app: a1}}}
                  - {id: a_b, zone: app, kind: api, kubernetes: {namespace: ns, labels: {app: a2}}}
                  - {id: a-b., zone: app, kind: api, kubernetes: {namespace: ns, labels: {app: a3}}}
                connections:
                  - {from: A.b, to: a_b, port: 80/tcp}
                  - {from: a_b, to: a-b., port: 80/tcp}
                """);
        List<String> names = policies(Exported.of(t, Target.KUBERNETES)).stream()
                .map(p -> p.at("/metadata/name").asText()).toList();
        assertEquals(names.size(), names.stream().distinct().count(), names.toString());
        assertEquals(5, names.size());
    }
}
