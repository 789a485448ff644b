package io.zonewright.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.RuleDescription;
import io.zonewright.analysis.Rules;
import io.zonewright.analysis.Severity;
import io.zonewright.analysis.WaivedFinding;
import io.zonewright.io.Diagnostic;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, so that GitHub code scanning and other viewers show findings on the design file. Waived
 * findings are results with an external suppression carrying the waiver's reason, as the standard intends.
 */
final class SarifReport {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    static String render(List<AnalyzedFile> files, List<Diagnostic> unreadable) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Zonewright");
        driver.put("informationUri", "https://zonewright.io/rules");
        String version = SarifReport.class.getPackage().getImplementationVersion();
        driver.put("semanticVersion", version == null ? "0.0.0" : version);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleDescription r : Rules.described()) {
            ruleIndex.put(r.id(), rules.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", r.id());
            rule.put("name", r.title().replaceAll("[^A-Za-z0-9]+", " ").trim().replace(' ', '-'));
            rule.putObject("shortDescription").put("text", r.title());
            rule.putObject("fullDescription").put("text", r.rationale());
            rule.putObject("help").put("text", r.hint());
            rule.putObject("defaultConfiguration").put("level", level(r.severity()));
            ObjectNode props = rule.putObject("properties");
            props.put("security-severity", securitySeverity(r.severity()));
            props.putArray("tags").add("security").add("network-isolation");
        }
        // Files that could not be read are said in the invocation, with the analysis of the others kept.
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", unreadable.isEmpty());
        if (!unreadable.isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (Diagnostic d : unreadable) {
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", d.message());
                ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uriReference(d.location().file()));
                if (d.location().isKnown()) {
                    physical.putObject("region").put("startLine", d.location().line()).put("startColumn",
                            Math.max(1, d.location().column()));
                }
            }
        }
        ArrayNode results = run.putArray("results");
        for (AnalyzedFile file : files) {
            for (Finding f : file.report().findings()) {
                result(results, ruleIndex, file.file(), f);
            }
            for (WaivedFinding w : file.report().waived()) {
                ObjectNode suppression = result(results, ruleIndex, file.file(), w.finding())
                        .putArray("suppressions").addObject();
                suppression.put("kind", "external");
                suppression.put("status", "accepted");
                suppression.put("justification", w.waiver().reason() + " (owner " + w.waiver().owner()
                        + ", until " + w.waiver().expires() + ")");
            }
        }
        try {
            return JsonReport.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode result(ArrayNode results, Map<String, Integer> ruleIndex, String file, Finding f) {
        ObjectNode result = results.addObject();
        result.put("ruleId", f.rule());
        result.put("ruleIndex", ruleIndex.get(f.rule()));
        result.put("level", level(f.severity()));
        result.putObject("message").put("text", f.message());
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uriReference(file));
        ObjectNode region = physical.putObject("region");
        region.put("startLine", Math.max(1, f.location().line()));
        if (f.location().column() > 0) {
            region.put("startColumn", f.location().column());
        }
        result.putObject("partialFingerprints").put("zonewright/v1", f.rule() + ":" + f.target());
        ObjectNode props = result.putObject("properties");
        props.put("severity", f.severity().label());
        f.elements().forEach(props.putArray("elements")::add);
        if (!f.path().isEmpty()) {
            f.path().forEach(props.putArray("path")::add);
        }
        return result;
    }

    /**
     * A file name as the URI reference SARIF asks for: '/'-separated, and every character a URI does not
     * allow in a path (a space, '#', '%', '?', anything outside ASCII) percent-encoded as UTF-8 bytes.
     */
    static String uriReference(String file) {
        StringBuilder out = new StringBuilder();
        for (byte b : file.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean allowed = c < 128 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0);
            if (allowed) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** GitHub ranks security results by this CVSS-like score. */
    private static String securitySeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "0.0";
        };
    }
}
