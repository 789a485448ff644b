package io.zonewright.analysis;

/** What a report says about a rule: its id, title, usual severity, rationale and fix hint. */
public record RuleDescription(String id, String title, Severity severity, String rationale, String hint) {
}
