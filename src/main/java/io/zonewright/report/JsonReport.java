package io.zonewright.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Severity;
import io.zonewright.analysis.WaivedFinding;
import io.zonewright.io.Diagnostic;

import java.util.List;
import java.util.Map;

/** {@code {"findings":[…], "waived":[…], "summary":{…}}} for scripts. */
final class JsonReport {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String render(List<AnalyzedFile> files, List<Diagnostic> unreadable) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        ArrayNode waived = root.putArray("waived");
        ObjectNode summary = root.putObject("summary");
        ObjectNode bySeverity = summary.putObject("bySeverity");
        for (Severity s : Severity.values()) {
            bySeverity.put(s.label(), 0);
        }
        int total = 0;
        for (AnalyzedFile file : files) {
            for (Finding f : file.report().findings()) {
                findings.add(finding(file.file(), f));
            }
            for (WaivedFinding w : file.report().waived()) {
                ObjectNode node = finding(file.file(), w.finding());
                ObjectNode waiver = node.putObject("waiver");
                waiver.put("reason", w.waiver().reason());
                waiver.put("owner", w.waiver().owner());
                waiver.put("expires", w.waiver().expires().toString());
                waived.add(node);
            }
            for (Map.Entry<Severity, Integer> e : file.report().countBySeverity().entrySet()) {
                bySeverity.put(e.getKey().label(), bySeverity.get(e.getKey().label()).asInt() + e.getValue());
                total += e.getValue();
            }
        }
        ArrayNode errors = root.putArray("errors");
        for (Diagnostic d : unreadable) {
            ObjectNode error = errors.addObject();
            error.put("file", d.location().file());
            error.put("line", d.location().line());
            error.put("column", d.location().column());
            error.put("message", d.message());
        }
        summary.put("total", total);
        summary.put("waived", waived.size());
        summary.put("files", files.size());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode finding(String file, Finding f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", f.rule());
        node.put("severity", f.severity().label());
        node.put("message", f.message());
        node.put("target", f.target());
        f.elements().forEach(node.putArray("elements")::add);
        f.path().forEach(node.putArray("path")::add);
        node.put("hint", f.hint());
        node.put("file", file);
        node.put("line", f.location().line());
        return node;
    }
}
