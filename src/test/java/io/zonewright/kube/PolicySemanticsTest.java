package io.zonewright.kube;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NetworkPolicy semantics, one rule of the API at a time, read through the connectivity list. */
class PolicySemanticsTest {

    /** Three pods in namespace shop (a, b, c) and one in namespace other (d), each listening on 80. */
    private static final String PODS = """
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop, labels: {team: web}}
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: other}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: a, namespace: shop, labels: {app: a, tier: front}}
            spec: {containers: [{name: c, ports: [{containerPort: 80, name: http}, {containerPort: 53, name: dns, protocol: UDP}]}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: b, namespace: shop, labels: {app: b, tier: back}}
            spec: {containers: [{name: c, ports: [{containerPort: 8080, name: http}]}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: c, namespace: shop, labels: {app: c}}
            spec: {containers: [{name: c}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: d, namespace: other, labels: {app: d}}
            spec: {containers: [{name: c}]}
            """;

    private static List<String> lines(String policies) {
        Manifests manifests = Manifests.parse(PODS + "---\n" + policies, "test.yaml");
        assertTrue(manifests.problems().isEmpty(), () -> manifests.problems().all().toString());
        return ConnlistFormat.TXT.render(Connectivity.of(manifests)).lines().toList();
    }

    private static List<String> into(String target, String policies) {
        return lines(policies).stream().filter(l -> l.contains("=> " + target + " ")).toList();
    }

    private static final String ALL_IN = "0.0.0.0-255.255.255.255[External] => ";

    @Test
    void withoutPoliciesEverythingIsOpenExceptAWorkloadToItself() {
        List<String> all = lines("");
        assertEquals(4 * 3 + 4 + 4, all.size());
        assertTrue(all.contains("shop/a[Pod] => shop/b[Pod] : All Connections"));
        assertTrue(all.stream().noneMatch(l -> l.startsWith("shop/a[Pod] => shop/a[Pod]")));
    }

    @Test
    void policyTypesDefaultToIngressAndToEgressOnlyWithEgressRules() {
        String egressRulesOnly = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: a}}
                  egress: [{to: [{podSelector: {matchLabels: {app: b}}}]}]
                """;
        List<String> out = lines(egressRulesOnly);
        // Ingress is isolated (no ingress rules: nothing comes in); egress only to b.
        assertTrue(out.stream().noneMatch(l -> l.endsWith("=> shop/a[Pod] : All Connections")), out::toString);
        assertEquals(List.of("shop/a[Pod] => shop/b[Pod] : All Connections"),
                out.stream().filter(l -> l.startsWith("shop/a[Pod]")).toList());
        String emptyEgress = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: shop}
                spec: {podSelector: {matchLabels: {app: a}}, egress: []}
                """;
        assertEquals(4, lines(emptyEgress).stream().filter(l -> l.startsWith("shop/a[Pod]")).count(),
                "an empty egress list adds no Egress type: a still reaches all");
    }

    @Test
    void anEmptyRuleAdmitsEverythingAndNoRuleNothing() {
        String allowAll = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: shop}
                spec: {podSelector: {}, ingress: [{}]}
                """;
        assertEquals(3 + 1, into("shop/a[Pod]", allowAll).size());
        String denyAll = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: shop}
                spec: {podSelector: {}, policyTypes: [Ingress]}
                """;
        assertEquals(List.of(), into("shop/a[Pod]", denyAll));
        assertEquals(List.of("shop/a[Pod] => other/d[Pod] : All Connections", "shop/b[Pod] => other/d[Pod] : All Connections",
                "shop/c[Pod] => other/d[Pod] : All Connections"), into("other/d[Pod]", denyAll).stream()
                .filter(l -> !l.startsWith("0.")).toList(), "a policy isolates only its own namespace's pods");
    }

    @Test
    void selectorsInOnePeerAreAndInTwoPeersOr() {
        String and = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: b}}
                  ingress: [{from: [{namespaceSelector: {matchLabels: {team: web}}, podSelector: {matchLabels: {app: a}}}]}]
                """;
        assertEquals(List.of("shop/a[Pod] => shop/b[Pod] : All Connections"), into("shop/b[Pod]", and));
        String or = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: b}}
                  ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: other}}}, {podSelector: {matchLabels: {app: a}}}]}]
                """;
        assertEquals(List.of("other/d[Pod] => shop/b[Pod] : All Connections", "shop/a[Pod] => shop/b[Pod] : All Connections"),
                into("shop/b[Pod]", or));
    }

    @Test
    void matchExpressionsHoldTogetherAndNotInHoldsForAMissingLabel() {
        String policy = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: b}}
                  ingress:
                  - from:
                    - podSelector:
                        matchExpressions:
                        - {key: tier, operator: NotIn, values: [back]}
                        - {key: app, operator: In, values: [a, c, x]}
                  - from:
                    - namespaceSelector: {matchExpressions: [{key: team, operator: DoesNotExist}]}
                      podSelector: {matchExpressions: [{key: app, operator: Exists}]}
                """;
        assertEquals(List.of("other/d[Pod] => shop/b[Pod] : All Connections", "shop/a[Pod] => shop/b[Pod] : All Connections",
                "shop/c[Pod] => shop/b[Pod] : All Connections"), into("shop/b[Pod]", policy));
    }

    @Test
    void portsRangesNamesAndProtocols() {
        String policy = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: shop}
                spec:
                  podSelector: {}
                  ingress:
                  - from: [{podSelector: {matchLabels: {app: c}}}]
                    ports: [{port: 8000, endPort: 8090}, {port: http}, {port: dns, protocol: UDP}, {protocol: SCTP, port: 9}]
                """;
        assertEquals(List.of("shop/c[Pod] => shop/a[Pod] : SCTP 9,TCP 80,8000-8090,UDP 53"), into("shop/a[Pod]", policy));
        assertEquals(List.of("shop/c[Pod] => shop/b[Pod] : SCTP 9,TCP 8000-8090"), into("shop/b[Pod]", policy),
                "b's port named http is 8080, inside the range; it has no dns port");
    }

    @Test
    void ipBlocksCutTheOutsideAtTheirBoundaries() {
        String policy = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: a}}
                  policyTypes: [Ingress, Egress]
                  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}], ports: [{port: 80}]}]
                  egress: [{to: [{ipBlock: {cidr: 192.168.0.0/16}}], ports: [{port: 443}, {port: http}]}]
                """;
        List<String> out = lines(policy);
        assertEquals(List.of("10.0.0.0-10.0.255.255[External] => shop/a[Pod] : TCP 80",
                "10.2.0.0-10.255.255.255[External] => shop/a[Pod] : TCP 80"), into("shop/a[Pod]", policy));
        assertEquals(List.of("shop/a[Pod] => 192.168.0.0-192.168.255.255[External] : TCP 443"),
                out.stream().filter(l -> l.startsWith("shop/a[Pod]")).toList(), "a named port means nothing outside the cluster");
        assertTrue(out.contains("shop/b[Pod] => 0.0.0.0-192.167.255.255[External] : All Connections"), out::toString);
        assertTrue(out.contains("0.0.0.0-9.255.255.255[External] => shop/b[Pod] : All Connections"), out::toString);
    }

    @Test
    void ingressesAndRoutesAdmitTheIngressControllerOnTheirPodPorts() {
        String objects = """
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: shop}
                spec: {selector: {app: b}, ports: [{name: http, port: 80, targetPort: http}, {name: admin, port: 81, targetPort: 9000}]}
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: in, namespace: shop}
                spec: {rules: [{http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}}]}
                ---
                apiVersion: route.openshift.io/v1
                kind: Route
                metadata: {name: r, namespace: shop}
                spec: {to: {kind: Service, name: web}, port: {targetPort: admin}}
                """;
        assertEquals(List.of("{ingress-controller} => shop/b[Pod] : TCP 8080,9000"),
                lines(objects).stream().filter(l -> l.startsWith("{")).toList());
        String isolated = objects + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: shop}
                spec: {podSelector: {}, ingress: [{from: [{namespaceSelector: {}}], ports: [{port: 9000}]}]}
                """;
        assertEquals(List.of("{ingress-controller} => shop/b[Pod] : TCP 9000"),
                lines(isolated).stream().filter(l -> l.startsWith("{")).toList());
    }
}
