package io.zonewright.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonewright.analysis.RuleDescription;
import io.zonewright.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/** A SARIF 2.1.0 log of one run, as the audit and the diff write theirs: rules first, then results that point at lines. */
final class SarifLog {

    private final ObjectNode root = JsonReport.MAPPER.createObjectNode();
    private final ArrayNode rules;
    private final ArrayNode results;
    private final List<String> ruleIds = new ArrayList<>();

    SarifLog(String informationUri) {
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Zonewright");
        driver.put("informationUri", informationUri);
        rules = driver.putArray("rules");
        results = run.putArray("results");
    }

    /** Describes a rule once; {@code level} is error, warning or note. */
    void rule(RuleDescription described, String level) {
        if (ruleIds.contains(described.id())) {
            return;
        }
        ruleIds.add(described.id());
        ObjectNode rule = rules.addObject();
        rule.put("id", described.id());
        rule.putObject("shortDescription").put("text", described.title());
        rule.putObject("fullDescription").put("text", described.rationale());
        rule.putObject("help").put("text", described.hint());
        rule.putObject("defaultConfiguration").put("level", level);
    }

    /** A result of a described rule, located at every known place given. */
    ObjectNode result(String ruleId, String message, List<SourceLocation> places) {
        ObjectNode result = results.addObject();
        result.put("ruleId", ruleId);
        result.put("ruleIndex", ruleIds.indexOf(ruleId));
        result.putObject("message").put("text", message);
        ArrayNode locations = result.putArray("locations");
        for (SourceLocation at : places) {
            if (at.isKnown()) {
                ObjectNode physical = locations.addObject().putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", SarifReport.uriReference(at.file()));
                physical.putObject("region").put("startLine", at.line()).put("startColumn", Math.max(1, at.column()));
            }
        }
        return result;
    }

    String write() {
        try {
            return JsonReport.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
