package io.zonewright.io;

import io.zonewright.io.YamlNode.Entry;
import io.zonewright.io.YamlNode.MapNode;
import io.zonewright.model.Authentication;
import io.zonewright.model.Cidr;
import io.zonewright.model.Connection;
import io.zonewright.model.Deployment;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Ids;
import io.zonewright.model.KubernetesBinding;
import io.zonewright.model.KubernetesNames;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Position;
import io.zonewright.model.Service;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.Topology;
import io.zonewright.model.Waiver;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a design file (format version 1) into a {@link Topology}, reporting every structural problem and
 * every broken reference with its line and column.
 */
public final class TopologyReader {

    static final Set<String> TOP_KEYS = keys("zonewright", "name", "description", "zones", "services",
            "connections", "policy", "waivers", "layout");
    static final Set<String> ZONE_KEYS = keys("id", "name", "description", "role", "trust", "addresses");
    static final Set<String> SERVICE_KEYS = keys("id", "name", "zone", "kind", "listens", "addresses",
            "kubernetes", "securityGroup", "subnet");
    static final Set<String> KUBERNETES_KEYS = keys("namespace", "labels");
    static final Set<String> CONNECTION_KEYS = keys("id", "from", "to", "port", "purpose", "auth", "tags");
    static final Set<String> POLICY_KEYS = keys("from", "to", "ports");
    static final Set<String> WAIVER_KEYS = keys("rule", "target", "reason", "owner", "expires");
    static final Set<String> POSITION_KEYS = keys("x", "y");

    private final String fileName;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, SourceLocation> layoutLocations = new LinkedHashMap<>();

    private TopologyReader(String fileName) {
        this.fileName = fileName;
    }

    private static Set<String> keys(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

    /** Reads and checks a file, or standard input for {@code -}; never throws for bad content, only reports it. */
    public static LoadResult read(Path file) {
        String name = file.toString().equals(BoundedTextReader.STANDARD_INPUT) ? "<stdin>" : file.toString();
        String text;
        try {
            text = BoundedTextReader.read(file);
        } catch (BoundedTextReader.MalformedTextException e) {
            return failure(e.location(), e.getMessage());
        } catch (IOException | InputTooLargeException e) {
            return failure(SourceLocation.of(name, 0, 0), e.getMessage());
        }
        LoadResult parsed = parse(text, name);
        return new LoadResult(parsed.topology(), parsed.errors(), text);
    }

    /** Reads and checks design text; {@code fileName} is only used in messages. */
    public static LoadResult parse(String text, String fileName) {
        YamlNode root;
        try {
            root = YamlTreeReader.parse(text, fileName);
        } catch (YamlTreeReader.YamlSyntaxException e) {
            return failure(e.location(), e.getMessage());
        }
        TopologyReader reader = new TopologyReader(fileName);
        Topology topology = reader.readTopology(root);
        if (topology != null) {
            new ReferenceChecker(topology, reader.diagnostics, reader.layoutLocations).check();
        }
        return reader.diagnostics.isEmpty()
                ? new LoadResult(topology, List.of())
                : new LoadResult(null, reader.diagnostics.sorted());
    }

    /**
     * What the reader would refuse in a design made in memory (an edit's): duplicate ids, references to
     * nothing, unknown rules, layout entries of elements that are gone. Empty when it would open again.
     */
    public static List<Diagnostic> problems(Topology topology) {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, SourceLocation> layout = new LinkedHashMap<>();
        topology.layout().keySet().forEach(id -> layout.put(id, SourceLocation.UNKNOWN));
        new ReferenceChecker(topology, diagnostics, layout).check();
        return diagnostics.sorted();
    }

    private static LoadResult failure(SourceLocation location, String message) {
        return new LoadResult(null, List.of(new Diagnostic(location, message)));
    }

    private Topology readTopology(YamlNode root) {
        MapReader top = MapReader.of(root, "the design file", TOP_KEYS, diagnostics);
        if (top == null) {
            return null;
        }
        if (!readVersion(top)) {
            return null;
        }
        return new Topology(
                top.text("name", ""),
                top.text("description", ""),
                top.list("zones", this::zone),
                top.list("services", this::service),
                top.list("connections", this::connection),
                top.list("policy", this::policyRule),
                top.list("waivers", this::waiver),
                layout(top.raw("layout")));
    }

    /** Checks the format version first: a file of another version is not read further. */
    private boolean readVersion(MapReader top) {
        if (!top.has("zonewright")) {
            diagnostics.error(top.location(), "not a Zonewright design: the key 'zonewright: "
                    + Topology.FORMAT_VERSION + "' (format version) is missing");
            return false;
        }
        Integer version = top.integer("zonewright");
        if (version == null) {
            return false;
        }
        if (version != Topology.FORMAT_VERSION) {
            diagnostics.error(top.locationOf("zonewright"), "unsupported format version " + version
                    + " (this Zonewright reads version " + Topology.FORMAT_VERSION + ")");
            return false;
        }
        return true;
    }

    private Zone zone(YamlNode node) {
        MapReader m = MapReader.of(node, "a zone", ZONE_KEYS, diagnostics);
        if (m == null) {
            return null;
        }
        String id = id(m);
        ZoneRole role = m.has("role") ? m.parsed("role", ZoneRole::parse) : missing(m, "role");
        Integer trust = m.has("trust") ? m.integer("trust") : missing(m, "trust");
        List<Cidr> addresses = m.scalarList("addresses", Cidr::parse);
        String name = m.text("name", "");
        String description = m.text("description", "");
        if (id == null || role == null || trust == null || name == null || description == null) {
            return null;
        }
        return new Zone(id, name, description, role, trust, addresses, m.location());
    }

    private Service service(YamlNode node) {
        MapReader m = MapReader.of(node, "a service", SERVICE_KEYS, diagnostics);
        if (m == null) {
            return null;
        }
        String id = id(m);
        String zone = m.has("zone") ? m.parsed("zone", Ids::check) : missing(m, "zone");
        ServiceKind kind = m.has("kind") ? m.parsed("kind", ServiceKind::parse) : missing(m, "kind");
        List<PortSpec> listens = m.scalarList("listens", PortSpec::parse);
        List<Cidr> addresses = m.scalarList("addresses", Cidr::parse);
        String name = m.text("name", "");
        KubernetesBinding kubernetes = m.has("kubernetes") ? kubernetes(m.raw("kubernetes")) : null;
        String securityGroup = m.text("securityGroup", null);
        String subnet = m.text("subnet", null);
        if (id == null || zone == null || kind == null || name == null) {
            return null;
        }
        return new Service(id, name, zone, kind, listens, addresses,
                new Deployment(kubernetes, securityGroup, subnet), m.location());
    }

    private KubernetesBinding kubernetes(YamlNode node) {
        MapReader m = MapReader.of(node, "the kubernetes binding", KUBERNETES_KEYS, diagnostics);
        if (m == null) {
            return null;
        }
        String namespace = m.requiredText("namespace");
        if (namespace != null && !KubernetesNames.isNamespace(namespace)) {
            diagnostics.error(m.locationOf("namespace"), "'" + namespace + "' is not a Kubernetes namespace ("
                    + KubernetesNames.namespaceRule() + ")");
        }
        Map<String, String> labels = new TreeMap<>();
        YamlNode raw = m.raw("labels");
        if (raw instanceof MapNode map) {
            for (Entry e : map.entries()) {
                String value = m.scalarValue(e.value(), "labels", v -> v);
                if (!KubernetesNames.isLabelKey(e.key())) {
                    diagnostics.error(e.keyLocation(), "'" + e.key() + "' is not a Kubernetes label key ("
                            + KubernetesNames.labelRule() + ")");
                } else if (value != null && !KubernetesNames.isLabelValue(value)) {
                    diagnostics.error(e.value().location(), "'" + value + "' is not a Kubernetes label value ("
                            + KubernetesNames.labelRule() + ")");
                }
                if (value != null && labels.putIfAbsent(e.key(), value) != null) {
                    diagnostics.error(e.keyLocation(), "duplicate label '" + e.key() + "'");
                }
            }
        } else if (raw != null) {
            diagnostics.error(raw.location(), "'labels' must be a mapping of label names to values");
        }
        return namespace == null ? null : KubernetesBinding.of(namespace, labels);
    }

    private Connection connection(YamlNode node) {
        MapReader m = MapReader.of(node, "a connection", CONNECTION_KEYS, diagnostics);
        if (m == null) {
            return null;
        }
        String id = m.has("id") ? m.parsed("id", this::connectionId) : "";
        Endpoint from = m.has("from") ? m.parsed("from", Endpoint::parse) : missing(m, "from");
        Endpoint to = m.has("to") ? m.parsed("to", Endpoint::parse) : missing(m, "to");
        PortSpec port = m.has("port") ? m.parsed("port", PortSpec::parse) : missing(m, "port");
        String purpose = m.text("purpose", "");
        Authentication auth = m.has("auth") ? m.parsed("auth", Authentication::parse) : Authentication.NONE;
        List<String> tags = m.scalarList("tags", t -> t);
        if (id == null || from == null || to == null || port == null || purpose == null || auth == null) {
            return null;
        }
        return new Connection(id, from, to, port, purpose, auth, tags, m.location());
    }

    private String connectionId(String id) {
        return Ids.check(id);
    }

    private PolicyRule policyRule(YamlNode node) {
        MapReader m = MapReader.of(node, "a zone policy rule", POLICY_KEYS, diagnostics);
        if (m == null) {
            return null;
        }
        String from = m.has("from") ? m.parsed("from", Ids::check) : missing(m, "from");
        String to = m.has("to") ? m.parsed("to", Ids::check) : missing(m, "to");
        List<PortSpec> ports = m.scalarList("ports", PortSpec::parse);
        if (from == null || to == null) {
            return null;
        }
        return new PolicyRule(from, to, ports, m.location());
    }

    private Waiver waiver(YamlNode node) {
        MapReader m = MapReader.of(node, "a waiver", WAIVER_KEYS, diagnostics);
        if (m == null) {
            return null;
        }
        String rule = m.requiredText("rule");
        String target = m.requiredText("target");
        String reason = m.requiredText("reason");
        String owner = m.requiredText("owner");
        LocalDate expires = m.has("expires") ? m.parsed("expires", TopologyReader::date) : missing(m, "expires");
        if (rule == null || target == null || reason == null || owner == null || expires == null) {
            return null;
        }
        if (reason.isBlank()) {
            diagnostics.error(m.locationOf("reason"), "a waiver needs a reason");
        }
        return new Waiver(rule, target, reason, owner, expires, m.location());
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (write YYYY-MM-DD)");
        }
    }

    private Map<String, Position> layout(YamlNode node) {
        Map<String, Position> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MapNode map)) {
            diagnostics.error(node.location(), "'layout' must be a mapping of element ids to positions");
            return out;
        }
        for (Entry e : map.entries()) {
            MapReader m = MapReader.of(e.value(), "the position of '" + e.key() + "'", POSITION_KEYS, diagnostics);
            if (m == null) {
                continue;
            }
            Double x = m.decimal("x");
            Double y = m.decimal("y");
            if (layoutLocations.putIfAbsent(e.key(), e.keyLocation()) != null) {
                diagnostics.error(e.keyLocation(), "duplicate layout entry '" + e.key() + "'");
            } else if (x != null && y != null) {
                out.put(e.key(), new Position(x, y));
            }
        }
        return out;
    }

    private String id(MapReader m) {
        return m.has("id") ? m.parsed("id", Ids::check) : missing(m, "id");
    }

    private <T> T missing(MapReader m, String key) {
        m.requiredText(key);
        return null;
    }
}
