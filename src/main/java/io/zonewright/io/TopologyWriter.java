package io.zonewright.io;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.zonewright.model.Cidr;
import io.zonewright.model.Connection;
import io.zonewright.model.Deployment;
import io.zonewright.model.Authentication;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Position;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.model.Waiver;
import io.zonewright.model.Zone;

import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a topology in the canonical form: fixed key order, the model's canonical element order, defaults
 * left out. The same design always gives the same bytes, so a {@code git diff} shows only what changed,
 * and reading then writing a canonical file reproduces it exactly.
 */
public final class TopologyWriter {

    private static final YAMLFactory FACTORY = YamlStyle.factory(false);

    private TopologyWriter() {
    }

    public static String toYaml(Topology t) {
        // A plain builder sized for the design: StringWriter's synchronized buffer, grown by doubling, cost
        // more than the emitter itself on large designs.
        StringBuilderWriter out = new StringBuilderWriter(256 * (t.services().size() + t.connections().size()) + 4096);
        try (YAMLGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("zonewright", Topology.FORMAT_VERSION);
            optional(g, "name", t.name());
            optional(g, "description", t.description());
            list(g, "zones", t.zones(), TopologyWriter::zone);
            list(g, "services", t.services(), TopologyWriter::service);
            list(g, "connections", t.connections(), TopologyWriter::connection);
            list(g, "policy", t.policy(), TopologyWriter::policyRule);
            list(g, "waivers", t.waivers(), TopologyWriter::waiver);
            layout(g, t.layout());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString();
    }

    /**
     * Saves atomically: a failure leaves the previous file as it was. A design the reader would refuse is
     * not written at all, so the file on disk always opens again (the text itself is what the reader reads:
     * every sample and generated design round-trips byte for byte, which the tests keep so).
     */
    public static void save(Topology t, Path file) throws IOException {
        List<Diagnostic> problems = TopologyReader.problems(t);
        if (!problems.isEmpty()) {
            throw new IOException("the design would not open again (" + problems.get(0).message() + ")"
                    + (problems.size() > 1 ? " and " + (problems.size() - 1) + " more problems" : ""));
        }
        AtomicFiles.writeString(file, toYaml(t));
    }

    private interface ElementWriter<T> {
        void write(YAMLGenerator g, T element) throws IOException;
    }

    private static <T> void list(YAMLGenerator g, String key, List<T> items, ElementWriter<T> writer) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(key);
        for (T item : items) {
            g.writeStartObject();
            writer.write(g, item);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void zone(YAMLGenerator g, Zone z) throws IOException {
        g.writeStringField("id", z.id());
        optional(g, "name", z.name());
        optional(g, "description", z.description());
        g.writeStringField("role", z.role().yamlName());
        g.writeNumberField("trust", z.trust());
        strings(g, "addresses", z.addresses().stream().map(Cidr::toString).toList());
    }

    private static void service(YAMLGenerator g, Service s) throws IOException {
        g.writeStringField("id", s.id());
        optional(g, "name", s.name());
        g.writeStringField("zone", s.zone());
        g.writeStringField("kind", s.kind().yamlName());
        strings(g, "listens", s.listens().stream().map(PortSpec::toString).toList());
        strings(g, "addresses", s.addresses().stream().map(Cidr::toString).toList());
        Deployment d = s.deployment();
        if (d.kubernetes() != null) {
            g.writeObjectFieldStart("kubernetes");
            g.writeStringField("namespace", d.kubernetes().namespace());
            if (!d.kubernetes().labels().isEmpty()) {
                g.writeObjectFieldStart("labels");
                for (Map.Entry<String, String> label : d.kubernetes().labels().entrySet()) {
                    g.writeStringField(label.getKey(), label.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        if (d.securityGroup() != null) {
            g.writeStringField("securityGroup", d.securityGroup());
        }
        if (d.subnet() != null) {
            g.writeStringField("subnet", d.subnet());
        }
    }

    private static void connection(YAMLGenerator g, Connection c) throws IOException {
        if (!c.hasDerivedId()) {
            g.writeStringField("id", c.id());
        }
        g.writeStringField("from", c.from().text());
        g.writeStringField("to", c.to().text());
        g.writeStringField("port", c.port().toString());
        optional(g, "purpose", c.purpose());
        if (c.auth() != Authentication.NONE) {
            g.writeStringField("auth", c.auth().yamlName());
        }
        strings(g, "tags", c.tags());
    }

    private static void policyRule(YAMLGenerator g, PolicyRule r) throws IOException {
        g.writeStringField("from", r.from());
        g.writeStringField("to", r.to());
        strings(g, "ports", r.ports().stream().map(PortSpec::toString).toList());
    }

    private static void waiver(YAMLGenerator g, Waiver w) throws IOException {
        g.writeStringField("rule", w.rule());
        g.writeStringField("target", w.target());
        g.writeStringField("reason", w.reason());
        g.writeStringField("owner", w.owner());
        // A date, plain: every YAML reader takes 2027-06-30 for the date it is, and the quoting that keeps
        // date-like names strings would make it a string.
        g.writeFieldName("expires");
        g.writeNumber(w.expires().toString());
    }

    private static void layout(YAMLGenerator g, Map<String, Position> layout) throws IOException {
        if (layout.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("layout");
        for (Map.Entry<String, Position> e : layout.entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            coordinate(g, "x", e.getValue().x());
            coordinate(g, "y", e.getValue().y());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Whole numbers are written without a fraction, so that a position reads 120 rather than 120.0. */
    private static void coordinate(YAMLGenerator g, String key, double value) throws IOException {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            g.writeNumberField(key, (long) rounded);
        } else {
            g.writeNumberField(key, rounded);
        }
    }

    private static void optional(YAMLGenerator g, String key, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(key, value);
        }
    }

    private static void strings(YAMLGenerator g, String key, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** A writer into a StringBuilder, without StringWriter's locking. */
    private static final class StringBuilderWriter extends Writer {
        private final StringBuilder text;

        StringBuilderWriter(int capacity) {
            text = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
            // Nothing is buffered.
        }

        @Override
        public void close() {
            // Nothing to release.
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
