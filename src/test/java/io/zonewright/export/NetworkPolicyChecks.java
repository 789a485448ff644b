package io.zonewright.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.zonewright.model.Cidr;
import io.zonewright.model.KubernetesNames;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the Kubernetes API server would say of NetworkPolicy documents, offline: a strict JSON schema of
 * the object (no field the API does not have, the right types), plus the server-side validation no schema
 * covers (DNS-1123 names, label and annotation syntax, peers, ports, ipBlocks, policy types).
 */
public final class NetworkPolicyChecks {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema SCHEMA = schema();
    private static final Pattern IANA_SERVICE = Pattern.compile("(?=.*[a-z])[a-z0-9]([a-z0-9-]*[a-z0-9])?");

    private NetworkPolicyChecks() {
    }

    private static JsonSchema schema() {
        try (InputStream in = NetworkPolicyChecks.class.getResourceAsStream("networkpolicy-v1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every document of a YAML stream, as the API would get them. */
    public static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    out.add(doc);
                }
            }
        }
        return out;
    }

    /** The problems the API server would report for one NetworkPolicy; empty when it would accept it. */
    public static List<String> problems(JsonNode policy) {
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : SCHEMA.validate(policy)) {
            out.add("schema: " + m.getMessage());
        }
        if (!out.isEmpty()) {
            return out;
        }
        JsonNode meta = policy.get("metadata");
        String name = meta.path("name").asText("");
        check(out, KubernetesNames.isSubdomain(name), "name '" + name + "' is not a DNS-1123 subdomain");
        check(out, KubernetesNames.isNamespace(meta.path("namespace").asText("")), "namespace is not a DNS-1123 label");
        labels(out, meta.path("labels"), "metadata.labels");
        long annotationBytes = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = meta.path("annotations").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            check(out, KubernetesNames.isLabelKey(e.getKey()), "annotation key '" + e.getKey() + "' is not a qualified name");
            annotationBytes += e.getKey().length() + e.getValue().asText().length();
        }
        check(out, annotationBytes <= 256 * 1024, "annotations exceed 256 KiB");
        JsonNode spec = policy.get("spec");
        selector(out, spec.get("podSelector"), "spec.podSelector");
        JsonNode types = spec.path("policyTypes");
        check(out, types.size() <= 2, "more than two policyTypes");
        Set<String> seenTypes = new java.util.HashSet<>();
        types.forEach(t -> check(out, Set.of("Ingress", "Egress").contains(t.asText()) && seenTypes.add(t.asText()),
                "policyTypes holds '" + t.asText() + "' (twice, or neither Ingress nor Egress)"));
        rules(out, spec.path("ingress"), "from", "spec.ingress");
        rules(out, spec.path("egress"), "to", "spec.egress");
        return out;
    }

    private static void rules(List<String> out, JsonNode rules, String side, String where) {
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            String at = where + "[" + i + "]";
            JsonNode peers = rule.path(side);
            for (int p = 0; p < peers.size(); p++) {
                peer(out, peers.get(p), at + "." + side + "[" + p + "]");
            }
            JsonNode ports = rule.path("ports");
            for (int p = 0; p < ports.size(); p++) {
                port(out, ports.get(p), at + ".ports[" + p + "]");
            }
        }
    }

    private static void peer(List<String> out, JsonNode peer, String at) {
        check(out, peer.size() > 0, at + ": a peer needs at least one field");
        if (peer.has("ipBlock")) {
            check(out, peer.size() == 1, at + ": an ipBlock cannot share a peer with selectors");
            JsonNode block = peer.get("ipBlock");
            Cidr cidr = cidr(out, block.get("cidr").asText(), at + ".ipBlock.cidr");
            for (JsonNode except : block.path("except")) {
                Cidr e = cidr(out, except.asText(), at + ".ipBlock.except");
                check(out, cidr == null || e == null || (cidr.contains(e) && !cidr.equals(e)),
                        at + ": except " + except.asText() + " is not a strict subset of " + block.get("cidr").asText());
            }
        }
        if (peer.has("podSelector")) {
            selector(out, peer.get("podSelector"), at + ".podSelector");
        }
        if (peer.has("namespaceSelector")) {
            selector(out, peer.get("namespaceSelector"), at + ".namespaceSelector");
        }
    }

    private static Cidr cidr(List<String> out, String text, String at) {
        check(out, text.contains("/"), at + ": '" + text + "' is not in CIDR notation");
        try {
            return Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            out.add(at + ": " + e.getMessage());
            return null;
        }
    }

    private static void port(List<String> out, JsonNode port, String at) {
        String protocol = port.path("protocol").asText("TCP");
        check(out, Set.of("TCP", "UDP", "SCTP").contains(protocol), at + ": protocol '" + protocol + "'");
        JsonNode number = port.get("port");
        if (number != null && number.isInt()) {
            check(out, number.asInt() >= 1 && number.asInt() <= 65535, at + ": port out of range");
        } else if (number != null) {
            String named = number.asText();
            check(out, named.length() <= 15 && IANA_SERVICE.matcher(named).matches(), at + ": '" + named + "' is not a port name");
        }
        if (port.has("endPort")) {
            check(out, number != null && number.isInt(), at + ": endPort needs a numeric port");
            check(out, number == null || !number.isInt() || port.get("endPort").asInt() >= number.asInt(),
                    at + ": endPort below port");
            check(out, port.get("endPort").asInt() <= 65535, at + ": endPort out of range");
        }
    }

    private static void selector(List<String> out, JsonNode selector, String at) {
        labels(out, selector.path("matchLabels"), at + ".matchLabels");
        for (JsonNode e : selector.path("matchExpressions")) {
            String op = e.path("operator").asText();
            check(out, KubernetesNames.isLabelKey(e.path("key").asText()), at + ": bad key in matchExpressions");
            check(out, Set.of("In", "NotIn", "Exists", "DoesNotExist").contains(op), at + ": operator '" + op + "'");
            boolean needsValues = op.equals("In") || op.equals("NotIn");
            check(out, needsValues == (e.path("values").size() > 0), at + ": values do not fit operator " + op);
        }
    }

    private static void labels(List<String> out, JsonNode labels, String at) {
        for (Iterator<Map.Entry<String, JsonNode>> it = labels.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            check(out, KubernetesNames.isLabelKey(e.getKey()), at + ": label key '" + e.getKey() + "'");
            check(out, KubernetesNames.isLabelValue(e.getValue().asText()), at + ": label value '" + e.getValue().asText() + "'");
        }
    }

    private static void check(List<String> out, boolean ok, String problem) {
        if (!ok) {
            out.add(problem);
        }
    }
}
