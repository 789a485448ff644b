package io.zonewright.imports;

import io.zonewright.model.PortSpec;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.ZoneRole;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * First guesses of what imported things are, from their names: a zone's role and a service's kind decide
 * which rules apply, so a database should not come in as an API. They are guesses for the architect to
 * review, made from the words deployments are usually named with.
 */
final class Guesses {

    private static final Map<ServiceKind, List<String>> KIND_WORDS = Map.of(
            ServiceKind.DATABASE, List.of("postgres", "mysql", "mariadb", "mongo", "cassandra", "cockroach", "database", "sql", "db"),
            ServiceKind.CACHE, List.of("redis", "memcache", "cache"),
            ServiceKind.BROKER, List.of("kafka", "rabbit", "nats", "broker", "queue", "mq"),
            ServiceKind.REVERSE_PROXY, List.of("nginx", "envoy", "haproxy", "traefik", "proxy", "gateway", "ingress"),
            ServiceKind.MONITORING, List.of("prometheus", "grafana", "monitor", "metrics", "alertmanager"),
            ServiceKind.LOGGING, List.of("fluent", "loki", "logstash", "logging"),
            ServiceKind.DNS, List.of("coredns", "kube-dns", "dns"),
            ServiceKind.WORKER, List.of("worker", "consumer", "cron"));
    private static final List<ServiceKind> KIND_ORDER = List.of(ServiceKind.DNS, ServiceKind.DATABASE, ServiceKind.CACHE,
            ServiceKind.BROKER, ServiceKind.MONITORING, ServiceKind.LOGGING, ServiceKind.REVERSE_PROXY, ServiceKind.WORKER);

    private Guesses() {
    }

    static ServiceKind kind(String... names) {
        for (ServiceKind kind : KIND_ORDER) {
            for (String name : names) {
                if (hasWord(name, KIND_WORDS.get(kind))) {
                    return kind;
                }
            }
        }
        return ServiceKind.API;
    }

    /** Well-known server ports and what listens on them. */
    private static final Map<Integer, ServiceKind> PORT_KINDS = Map.ofEntries(
            Map.entry(5432, ServiceKind.DATABASE), Map.entry(3306, ServiceKind.DATABASE), Map.entry(27017, ServiceKind.DATABASE),
            Map.entry(1433, ServiceKind.DATABASE), Map.entry(9042, ServiceKind.DATABASE), Map.entry(6379, ServiceKind.CACHE),
            Map.entry(11211, ServiceKind.CACHE), Map.entry(5672, ServiceKind.BROKER), Map.entry(9092, ServiceKind.BROKER),
            Map.entry(4222, ServiceKind.BROKER), Map.entry(53, ServiceKind.DNS), Map.entry(3100, ServiceKind.LOGGING),
            Map.entry(9200, ServiceKind.LOGGING), Map.entry(443, ServiceKind.WEB), Map.entry(80, ServiceKind.WEB));

    /**
     * A host's kind by what it listens on: the first port, in order, that names one (a metrics port names
     * none: every service has one); a host that takes only SSH is a bastion.
     */
    static ServiceKind kindByPorts(List<PortSpec> listens) {
        if (!listens.isEmpty() && listens.stream().allMatch(p -> p.ports().isSingle() && p.ports().first() == 22)) {
            return ServiceKind.BASTION;
        }
        return listens.stream().filter(p -> p.ports().isSingle() && PORT_KINDS.containsKey(p.ports().first()))
                .map(p -> PORT_KINDS.get(p.ports().first())).findFirst().orElse(ServiceKind.API);
    }

    static ZoneRole role(String zoneName) {
        if (hasWord(zoneName, List.of("kube", "monitoring", "logging", "observability", "istio", "cert", "management", "ops"))) {
            return ZoneRole.MANAGEMENT;
        }
        if (hasWord(zoneName, List.of("ingress", "gateway", "edge", "public", "dmz"))) {
            return ZoneRole.PUBLIC;
        }
        if (hasWord(zoneName, List.of("data", "database", "storage", "db"))) {
            return ZoneRole.DATA;
        }
        return ZoneRole.APPLICATION;
    }

    /** Whether a word of the name (split at anything but letters and digits) starts with one of {@code words}. */
    private static boolean hasWord(String name, List<String> words) {
        for (String token : name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (words.stream().anyMatch(token::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
