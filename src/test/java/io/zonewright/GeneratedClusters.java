package io.zonewright;

/**
 * Large clusters for benchmarks: namespaces of teams, a Deployment per workload with named ports, and a
 * NetworkPolicy per workload with the constructs real policies use (pod and namespace selectors with
 * expressions, named ports, ipBlock with except, ingress and egress).
 */
public final class GeneratedClusters {

    private static final String[] TIERS = {"web", "api", "db", "cache"};
    private static final int NAMESPACES = 20;

    private GeneratedClusters() {
    }

    /** One YAML stream of {@code workloads} Deployments and {@code policies} NetworkPolicies, with their namespaces. */
    public static String manifests(int workloads, int policies) {
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < NAMESPACES; n++) {
            out.append("---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns").append(n)
                    .append("\n  labels:\n    team: t").append(n).append("\n    env: prod\n");
        }
        for (int i = 0; i < workloads; i++) {
            out.append("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: w").append(i)
                    .append("\n  namespace: ns").append(i % NAMESPACES).append("\nspec:\n  selector:\n    matchLabels:\n      app: w")
                    .append(i).append("\n  template:\n    metadata:\n      labels:\n        app: w").append(i)
                    .append("\n        tier: ").append(TIERS[i % TIERS.length]).append("\n    spec:\n      containers:\n")
                    .append("        - name: main\n          image: registry.example/w").append(i).append(":1\n")
                    .append("          ports:\n            - name: http\n              containerPort: ").append(8000 + i % 50)
                    .append("\n            - name: metrics\n              containerPort: 9090\n");
        }
        for (int j = 0; j < policies; j++) {
            int target = j % workloads;
            out.append("---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: p").append(j)
                    .append("\n  namespace: ns").append(target % NAMESPACES).append("\nspec:\n  podSelector:\n    matchLabels:\n      app: w")
                    .append(target).append("\n  policyTypes: [Ingress, Egress]\n  ingress:\n    - from:\n")
                    .append("        - podSelector:\n            matchLabels:\n              tier: web\n")
                    .append("        - namespaceSelector:\n            matchLabels:\n              team: t").append((j + 1) % NAMESPACES)
                    .append("\n          podSelector:\n            matchExpressions:\n              - key: tier\n                operator: In\n")
                    .append("                values: [api, web]\n      ports:\n        - port: http\n        - port: 9090\n")
                    .append("  egress:\n    - to:\n        - namespaceSelector: {}\n          podSelector:\n            matchLabels:\n")
                    .append("              tier: db\n      ports:\n        - port: 5432\n          endPort: 5440\n")
                    .append("    - to:\n        - ipBlock:\n            cidr: 10.0.0.0/8\n            except: [10.").append(j % 250)
                    .append(".0.0/16]\n      ports:\n        - port: 443\n");
        }
        return out.toString();
    }
}
