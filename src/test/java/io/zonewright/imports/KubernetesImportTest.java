package io.zonewright.imports;

import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Analyzer;
import io.zonewright.io.LoadResult;
import io.zonewright.io.TopologyReader;
import io.zonewright.io.TopologyWriter;
import io.zonewright.kube.Connectivity;
import io.zonewright.kube.Manifests;
import io.zonewright.model.Connection;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.Topology;
import io.zonewright.model.ZoneRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KubernetesImportTest {

    static Stream<Path> cases() throws IOException, URISyntaxException {
        return Files.list(Path.of(KubernetesImportTest.class.getResource("/netpol-analyzer").toURI()))
                .filter(Files::isDirectory).sorted();
    }

    private static Topology imported(String yaml) {
        return KubernetesImport.of(Connectivity.of(Manifests.parse(yaml, "cluster.yaml")), null, "test").topology();
    }

    private static List<String> connections(Topology t) {
        return t.connections().stream().map(c -> c.from().text() + " -> " + c.to().text() + " " + c.port()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aClusterBecomesADesignThatOpensAgainAndIsAnalysed(Path caseFolder) {
        Connectivity connectivity = Connectivity.of(Manifests.read(List.of(caseFolder.resolve("input"))));
        Topology design = KubernetesImport.of(connectivity, null, "imported").topology();
        assertEquals(List.of(), TopologyReader.problems(design));
        String yaml = TopologyWriter.toYaml(design);
        LoadResult again = TopologyReader.parse(yaml, "imported.yaml");
        assertTrue(again.isValid(), () -> again.errors().toString());
        assertEquals(yaml, TopologyWriter.toYaml(again.topology()), "an imported design is canonical");
        assertEquals(connectivity.workloads().size(), design.services().stream().filter(s -> s.deployment().kubernetes() != null).count());
        Analyzer.analyze(design, AnalysisOptions.defaults());
        assertTrue(design.connections().stream().allMatch(c -> c.purpose().equals(DesignDraft.PURPOSE)));
    }

    /**
     * A large cluster whose every workload may reach hundreds of others becomes a design of the size the
     * editor's large-design tests open (5,000 services, 30,000 connections): what many workloads share is
     * said once, not once per pair.
     */
    @Test
    void aClusterOfAThousandWorkloadsGivesADesignTheEditorCanShow() {
        Connectivity connectivity = Connectivity.of(Manifests.parse(io.zonewright.GeneratedClusters.manifests(1_000, 1_000), "cluster.yaml"));
        Topology design = KubernetesImport.of(connectivity, null, "large").topology();
        assertTrue(connectivity.allowed().size() > 200_000, "pairs allowed: " + connectivity.allowed().size());
        assertEquals(1_000, design.services().stream().filter(s -> s.deployment().kubernetes() != null).count());
        assertTrue(design.connections().size() < 30_000, "connections: " + design.connections().size());
        assertTrue(TopologyReader.parse(TopologyWriter.toYaml(design), "large.yaml").isValid());
    }

    @Test
    void namespacesBecomeZonesAndWhatEveryoneMayDoIsSaidOnce() {
        Topology t = imported("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web, namespace: shop, labels: {app: web, pod-template-hash: 5d4f}}
                spec: {containers: [{name: c, ports: [{containerPort: 8080}]}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: orders-db, namespace: data, labels: {app: orders-db}}
                spec: {containers: [{name: c, ports: [{containerPort: 5432}]}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: jobs, namespace: shop, labels: {app: jobs}}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: db, namespace: data}
                spec:
                  podSelector: {matchLabels: {app: orders-db}}
                  policyTypes: [Ingress, Egress]
                  ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: shop}}, podSelector: {matchLabels: {app: web}}}], ports: [{port: 5432}]}]
                """);
        assertEquals(List.of("data", "outside", "shop"), t.zones().stream().map(z -> z.id()).sorted().toList());
        assertEquals(ZoneRole.DATA, t.zone("data").role());
        assertEquals(ZoneRole.EXTERNAL, t.zone("outside").role());
        assertEquals(ServiceKind.DATABASE, t.service("orders-db").kind());
        assertEquals("{app=web}", t.service("web").deployment().kubernetes().labels().toString(), "no rollout labels in a binding");
        // orders-db sends nothing (isolated for egress, no rule) and takes only web's 5432; within shop, and
        // from shop to the outside, every workload may do anything.
        // What may reach anywhere may reach the cloud metadata service, which a design says by naming it.
        assertEquals(List.of("jobs -> web any", "web -> jobs any", "web -> orders-db 5432/tcp", "zone:outside -> jobs any",
                "zone:outside -> web any", "zone:shop -> 169.254.169.254 any", "zone:shop -> zone:outside any"), connections(t));
        assertTrue(t.policy().stream().anyMatch(r -> r.from().equals("shop") && r.to().equals("data") && r.ports().toString().equals("[5432/tcp]")),
                t.policy()::toString);
    }

    @Test
    void anUnpolicedClusterIsOneConnectionFromEveryServicePerWorkload() {
        StringBuilder pods = new StringBuilder();
        for (String name : List.of("a", "b", "c", "d")) {
            pods.append("---\napiVersion: v1\nkind: Pod\nmetadata: {name: ").append(name).append(", namespace: ns-").append(name)
                    .append(", labels: {app: ").append(name).append("}}\n");
        }
        assertEquals(List.of("* -> 169.254.169.254 any", "* -> a any", "* -> b any", "* -> c any", "* -> d any", "* -> zone:outside any",
                "zone:outside -> a any", "zone:outside -> b any", "zone:outside -> c any", "zone:outside -> d any"),
                connections(imported(pods.toString())));
    }

    @Test
    void partsOfTheOutsideAreWrittenAsNetworks() {
        Topology t = imported("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web, namespace: shop, labels: {app: web}}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: shop}
                spec:
                  podSelector: {}
                  policyTypes: [Ingress, Egress]
                  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.128.0.0/9]}}], ports: [{port: 443}, {port: 53, protocol: UDP}]}]
                """);
        assertEquals(List.of("10.0.0.0/9 -> web 53/udp", "10.0.0.0/9 -> web 443/tcp"), connections(t));
        List<Connection> connections = t.connections();
        assertEquals(2, connections.size());
    }
}
