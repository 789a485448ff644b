package io.zonewright.kube;

import io.zonewright.HostileYaml;
import io.zonewright.io.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading manifests as clusters hand them out: lists, JSON, charts, broken documents, hostile files. */
class ManifestsTest {

    @TempDir
    Path dir;

    private static List<String> workloads(Manifests m) {
        return Connectivity.of(m).workloads().stream().map(Workload::id).toList();
    }

    private static List<String> problems(Manifests m) {
        return m.problems().all().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void listsChartsAndJsonAreRead() throws IOException {
        Files.writeString(dir.resolve("pods.json"), """
                {"kind": "PodList", "apiVersion": "v1", "items": [
                  {"metadata": {"name": "web-1", "namespace": "shop", "labels": {"app": "web"},
                    "ownerReferences": [{"kind": "ReplicaSet", "name": "web-7d9", "controller": true}]}},
                  {"metadata": {"name": "web-2", "namespace": "shop", "labels": {"app": "web"},
                    "ownerReferences": [{"kind": "ReplicaSet", "name": "web-7d9", "controller": true}]}}]}
                """);
        Files.createDirectories(dir.resolve("chart/templates"));
        Files.writeString(dir.resolve("chart/templates/all.yaml"), """
                # Source: chart/templates/empty.yaml
                ---
                # Source: chart/templates/cm.yaml
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                ---
                # Source: chart/templates/job.yaml
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nightly, namespace: batch}
                spec: {jobTemplate: {spec: {template: {metadata: {labels: {app: nightly}}, spec: {containers: []}}}}}
                """);
        Files.writeString(dir.resolve("notes.txt"), "not a manifest");
        Manifests m = Manifests.read(List.of(dir));
        assertEquals(List.of(), problems(m));
        assertEquals(List.of("batch/nightly[CronJob]", "shop/web-7d9[ReplicaSet]"), workloads(m));
        assertEquals(Map.of("ConfigMap", 1), m.skippedKinds());
        assertEquals(2, m.fileCount());
    }

    @Test
    void podsAreNamedByTheirTopOwnerAmongTheGivenObjects() {
        Manifests m = Manifests.parse("""
                apiVersion: apps/v1
                kind: ReplicaSet
                metadata: {name: api-5f4, namespace: shop, ownerReferences: [{kind: Deployment, name: api, controller: true}]}
                spec: {template: {metadata: {labels: {app: api}}}}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api, namespace: shop}
                spec: {template: {metadata: {labels: {app: api}}}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: api-5f4-x, namespace: shop, labels: {app: api}, ownerReferences: [{kind: ReplicaSet, name: api-5f4}]}
                """, "all.yaml");
        assertEquals(List.of("shop/api[Deployment]"), workloads(m));
    }

    @Test
    void aBrokenDocumentIsReportedWhereItBreaksAndTheOthersAreRead() {
        Manifests m = Manifests.parse("""
                apiVersion: v1
                kind: Pod
                metadata: {name: first}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: "unterminated
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: third, labels: [not, a, map]}
                spec: {containers: [{name: c, ports: [{containerPort: "80"}, {containerPort: 70000}]}]}
                """, "pods.yaml");
        assertEquals(List.of("default/first[Pod]", "default/third[Pod]"), workloads(m));
        List<String> problems = problems(m);
        assertEquals(4, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("pods.yaml:8:1: YAML syntax:"), problems::toString);
        assertTrue(problems.get(1).startsWith("pods.yaml:11:"), problems::toString);
        assertTrue(problems.get(2).startsWith("pods.yaml:12:") && problems.get(2).contains("whole number"), problems::toString);
        assertTrue(problems.get(3).contains("from 1 to 65535"), problems::toString);
    }

    @Test
    void anchorsAndMergeKeysAreReadAsKubectlReadsThem() {
        Manifests m = Manifests.parse("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: a
                  labels: &common {app: shop, tier: web}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p}
                spec:
                  podSelector:
                    matchLabels:
                      <<: {app: shop, tier: other}
                      tier: web
                  ingress: []
                """, "anchors.yaml");
        assertEquals(List.of(), problems(m));
        assertEquals(List.of("default/a[Pod] => 0.0.0.0-255.255.255.255[External] : All Connections"),
                ConnlistFormat.TXT.render(Connectivity.of(m)).lines().toList(), "the merged selector selects a and isolates it");
    }

    @Test
    void hostileDocumentsEndInAMessageQuickly() {
        Manifests bombed = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Manifests.parse(HostileYaml.aliasBomb("kind: Pod\nmetadata: {name: x}\n"), "bomb.yaml"));
        assertTrue(problems(bombed).get(0).contains("expand to more than"), problems(bombed)::toString);
        Manifests deep = Manifests.parse("kind: Pod\nmetadata: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n", "deep.yaml");
        assertTrue(problems(deep).get(0).contains("nested more than"), problems(deep)::toString);
        Manifests deepJson = Manifests.parse("{\"kind\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}", "deep.json");
        assertTrue(problems(deepJson).get(0).startsWith("deep.json:1:"), problems(deepJson)::toString);
        Manifests notObjects = Manifests.parse("- a\n- b\n", "list.yaml");
        assertTrue(problems(notObjects).get(0).startsWith("list.yaml:1:1: expected a Kubernetes object"), problems(notObjects)::toString);
    }

    @Test
    void policiesTheServerWouldRefuseAdmitNothingAndSaySo() {
        Manifests m = Manifests.parse("""
                apiVersion: v1
                kind: Pod
                metadata: {name: a, labels: {app: a}}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p}
                spec:
                  podSelector: {matchLabels: {app: a}}
                  ingress:
                  - from: [{ipBlock: {cidr: 0.0.0.0/0}, podSelector: {}}]
                  - from: [{}]
                  - ports: [{port: "53"}, {port: 80, endPort: 70}, {port: 1, protocol: ICMP}]
                  - from: [{podSelector: {matchExpressions: [{key: app, operator: Matches, values: [a]}]}}]
                """, "bad.yaml");
        assertEquals(List.of("default/a[Pod] => 0.0.0.0-255.255.255.255[External] : All Connections"),
                ConnlistFormat.TXT.render(Connectivity.of(m)).lines().toList());
        assertEquals(6, problems(m).size(), problems(m)::toString);
    }
}
