package io.zonewright.kube;

import io.zonewright.io.DocumentNode;
import io.zonewright.io.Problems;
import io.zonewright.model.AddressSet;
import io.zonewright.model.Cidr;
import io.zonewright.model.PortRange;
import io.zonewright.model.PortSet.Transport;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the objects of manifests into a {@link Cluster}: pods grouped by their top owner, workload
 * templates, services, network policies with their defaults, and the backends of Ingresses and Routes.
 * Wrong values are reported where they stand and read so that they never allow more than written.
 */
final class ClusterReader {

    /** The label the API server puts on every namespace, with its name as the value. */
    static final String NAME_LABEL = "kubernetes.io/metadata.name";

    private static final Set<String> TEMPLATE_KINDS = Set.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet",
            "Job", "ReplicationController");

    private final Manifests manifests;
    private final Problems problems;
    /** The owner of each given workload object that has one: a ReplicaSet's Deployment, a Job's CronJob. */
    private final Map<String, String[]> owners = new HashMap<>();
    private final Set<String> given = new HashSet<>();

    private ClusterReader(Manifests manifests) {
        this.manifests = manifests;
        this.problems = manifests.problems();
    }

    static Cluster read(Manifests manifests) {
        return new ClusterReader(manifests).read();
    }

    private Cluster read() {
        for (KubeObject o : manifests.objects()) {
            given.add(key(o.namespace(), o.kind(), o.name()));
            String[] owner = controller(o.content());
            if (owner != null && !o.kind().equals("Pod")) {
                owners.put(key(o.namespace(), o.kind(), o.name()), owner);
            }
        }
        Map<String, Map<String, String>> namespaces = new TreeMap<>();
        Map<String, Workload> workloads = new LinkedHashMap<>();
        List<KubeService> services = new ArrayList<>();
        List<NetworkPolicy> policies = new ArrayList<>();
        List<Exposure> exposures = new ArrayList<>();
        for (KubeObject o : manifests.objects()) {
            switch (o.kind()) {
                case "Namespace" -> {
                    Map<String, String> labels = new TreeMap<>(o.content().get("metadata").strings("labels"));
                    labels.put(NAME_LABEL, o.name());
                    namespaces.put(o.name(), labels);
                }
                case "Pod" -> pod(o, workloads);
                case "CronJob" -> template(o, o.content().get("spec", "jobTemplate", "spec", "template"), workloads);
                case "Service" -> services.add(service(o));
                case "NetworkPolicy" -> policies.add(PolicyReader.read(o));
                case "Ingress" -> ingress(o, exposures);
                case "Route" -> route(o, exposures);
                default -> {
                    if (TEMPLATE_KINDS.contains(o.kind())) {
                        template(o, o.content().get("spec", "template"), workloads);
                    }
                }
            }
        }
        for (Workload w : workloads.values()) {
            namespaces.computeIfAbsent(w.namespace(), ns -> Map.of(NAME_LABEL, ns));
        }
        return new Cluster(namespaces, List.copyOf(workloads.values()), services, policies, exposures);
    }

    private static String key(String namespace, String kind, String name) {
        return namespace + "/" + kind + "/" + name;
    }

    /** The owner that controls an object ({@code controller: true}, else the first), as kind and name. */
    private static String[] controller(DocumentNode object) {
        String[] first = null;
        for (DocumentNode ref : object.get("metadata").list("ownerReferences")) {
            String[] owner = {ref.text("kind"), ref.text("name")};
            if (owner[0].isEmpty() || owner[1].isEmpty()) {
                continue;
            }
            if (ref.text("controller").equals("true")) {
                return owner;
            }
            if (first == null) {
                first = owner;
            }
        }
        return first;
    }

    /** Follows owners through the given objects: a pod's ReplicaSet stands for itself unless its Deployment is given. */
    private String[] topOwner(String namespace, String[] owner) {
        String[] top = owner;
        for (int hops = 0; hops < 8; hops++) {
            String[] next = owners.get(key(namespace, top[0], top[1]));
            if (next == null) {
                break;
            }
            top = next;
        }
        return top;
    }

    private void pod(KubeObject o, Map<String, Workload> workloads) {
        String[] owner = controller(o.content());
        String[] top = owner == null ? new String[] {"Pod", o.name()} : topOwner(o.namespace(), owner);
        DocumentNode metadata = o.content().get("metadata");
        add(workloads, new Workload(o.namespace(), top[1], top[0], metadata.strings("labels"), ports(o.content().get("spec")), o.location()));
    }

    private void template(KubeObject o, DocumentNode template, Map<String, Workload> workloads) {
        if (owners.containsKey(key(o.namespace(), o.kind(), o.name()))) {
            String[] top = topOwner(o.namespace(), new String[] {o.kind(), o.name()});
            if (given.contains(key(o.namespace(), top[0], top[1]))) {
                return; // its owner is given and stands for it
            }
        }
        add(workloads, new Workload(o.namespace(), o.name(), o.kind(), template.get("metadata").strings("labels"),
                ports(template.get("spec")), o.location()));
    }

    private static void add(Map<String, Workload> workloads, Workload w) {
        workloads.putIfAbsent(w.id(), w);
    }

    private List<ContainerPort> ports(DocumentNode podSpec) {
        List<ContainerPort> out = new ArrayList<>();
        for (DocumentNode container : podSpec.list("containers")) {
            for (DocumentNode port : container.list("ports")) {
                Integer number = port.get("containerPort").integer();
                Transport protocol = protocol(port.get("protocol"));
                if (number == null || protocol == null) {
                    continue;
                }
                if (number < PortRange.MIN || number > PortRange.MAX) {
                    port.get("containerPort").problem("a container port is from 1 to 65535, not " + number);
                    continue;
                }
                out.add(new ContainerPort(port.text("name"), number, protocol));
            }
        }
        return out;
    }

    /** TCP, UDP or SCTP; TCP when not given; null (with a problem) for anything else. */
    static Transport protocol(DocumentNode node) {
        if (!node.isPresent()) {
            return Transport.TCP;
        }
        String text = node.text();
        return switch (text) {
            case "TCP" -> Transport.TCP;
            case "UDP" -> Transport.UDP;
            case "SCTP" -> Transport.SCTP;
            default -> {
                node.problem("protocol '" + text + "' is not TCP, UDP or SCTP");
                yield null;
            }
        };
    }

    private KubeService service(KubeObject o) {
        DocumentNode spec = o.content().get("spec");
        List<KubeService.Port> ports = new ArrayList<>();
        for (DocumentNode p : spec.list("ports")) {
            Integer port = p.get("port").integer();
            Transport protocol = protocol(p.get("protocol"));
            if (port == null || protocol == null) {
                continue;
            }
            DocumentNode target = p.get("targetPort");
            Integer targetNumber = target.isNumber() ? target.integer() : null;
            String targetName = target.isPresent() && !target.isNumber() ? target.text() : null;
            ports.add(new KubeService.Port(p.text("name"), port, targetNumber, targetName, protocol));
        }
        return new KubeService(o.namespace(), o.name(), spec.strings("selector"), ports);
    }

    private static void ingress(KubeObject o, List<Exposure> exposures) {
        DocumentNode spec = o.content().get("spec");
        List<DocumentNode> backends = new ArrayList<>();
        backends.add(spec.has("defaultBackend") ? spec.get("defaultBackend") : spec.get("backend"));
        for (DocumentNode rule : spec.list("rules")) {
            for (DocumentNode path : rule.get("http").list("paths")) {
                backends.add(path.get("backend"));
            }
        }
        String source = "Ingress " + o.namespace() + "/" + o.name();
        for (DocumentNode backend : backends) {
            if (backend.has("service")) {
                DocumentNode service = backend.get("service");
                DocumentNode port = service.get("port");
                exposures.add(new Exposure(o.namespace(), service.text("name"),
                        port.has("number") ? port.get("number").integer() : null,
                        port.has("name") ? port.text("name") : null, null, source, backend.location()));
            } else if (backend.has("serviceName")) {
                DocumentNode port = backend.get("servicePort");
                exposures.add(new Exposure(o.namespace(), backend.text("serviceName"), port.isNumber() ? port.integer() : null,
                        port.isPresent() && !port.isNumber() ? port.text() : null, null, source, backend.location()));
            }
        }
    }

    private static void route(KubeObject o, List<Exposure> exposures) {
        DocumentNode spec = o.content().get("spec");
        DocumentNode target = spec.get("port", "targetPort");
        Integer targetNumber = target.isNumber() ? target.integer() : null;
        String targetName = target.isPresent() && !target.isNumber() ? target.text() : null;
        List<DocumentNode> backends = new ArrayList<>();
        backends.add(spec.get("to"));
        backends.addAll(spec.list("alternateBackends"));
        String source = "Route " + o.namespace() + "/" + o.name();
        for (DocumentNode backend : backends) {
            String kind = backend.text("kind");
            if (backend.isPresent() && (kind.isEmpty() || kind.equals("Service"))) {
                exposures.add(new Exposure(o.namespace(), backend.text("name"), null, targetName, targetNumber, source,
                        backend.location()));
            }
        }
    }

    /**
     * A CIDR as the API server takes it: an address with host bits set is read as its network, and a bare
     * address as a network of one.
     */
    static Cidr network(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        Cidr host = Cidr.parse(slash < 0 ? t : t.substring(0, slash));
        int bits = host.isIpv6() ? 128 : 32;
        int prefix = bits;
        if (slash >= 0) {
            String p = t.substring(slash + 1);
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > bits) {
                throw new IllegalArgumentException("bad CIDR '" + text + "'");
            }
            prefix = Integer.parseInt(p);
        }
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE.shiftLeft(bits - prefix));
        return Cidr.of(host.isIpv6(), host.first().and(mask), prefix);
    }

    /** The addresses of an ipBlock: its CIDR without its exceptions. */
    static AddressSet block(DocumentNode ipBlock) {
        try {
            Cidr cidr = network(ipBlock.text("cidr"));
            AddressSet addresses = AddressSet.of(cidr);
            for (DocumentNode except : ipBlock.list("except")) {
                Cidr hole = network(except.text());
                if (!cidr.contains(hole) || hole.equals(cidr)) {
                    except.problem("an except of an ipBlock must lie strictly inside its cidr " + cidr.toPrefixString());
                }
                addresses = addresses.minus(AddressSet.of(hole));
            }
            return addresses;
        } catch (IllegalArgumentException e) {
            ipBlock.problem("ipBlock: " + e.getMessage().toLowerCase(Locale.ROOT));
            return AddressSet.NONE;
        }
    }
}
