package io.zonewright.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonewright.compare.AuditResult;
import io.zonewright.compare.Cause;
import io.zonewright.compare.Drift;
import io.zonewright.compare.DriftWaivers;
import io.zonewright.text.Markdown;
import io.zonewright.text.Visible;

import java.util.List;
import java.util.Locale;

/**
 * How {@code zonewright audit} reports drift: text for a terminal, JSON for tools, Markdown for a review,
 * SARIF so that code scanning shows each drift on the policy or the connection that causes it.
 */
public enum AuditFormat {
    TEXT, JSON, MARKDOWN, SARIF;

    public static AuditFormat parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text + "' (text, json, markdown or sarif)");
        }
    }

    public String render(String design, List<AuditResult> audits) {
        return switch (this) {
            case TEXT -> text(design, audits);
            case JSON -> json(design, audits);
            case MARKDOWN -> markdown(design, audits);
            case SARIF -> sarif(audits);
        };
    }

    /** {@code missing}, {@code extra}, {@code broader}. */
    public static String word(Drift.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String summary(AuditResult a) {
        return a.count(Drift.Kind.MISSING) + " missing, " + a.count(Drift.Kind.EXTRA) + " extra, "
                + a.count(Drift.Kind.BROADER) + " broader" + (a.waived().isEmpty() ? "" : ", " + a.waived().size() + " waived");
    }

    private static String waiver(AuditResult.Waived w) {
        return DriftWaivers.rule(w.drift().kind()).id() + " waived by " + w.waiver().owner() + " until "
                + w.waiver().expires() + ": " + w.waiver().reason();
    }

    private static String flow(Drift d) {
        return DriftWaivers.target(d);
    }

    private static String documented(Drift d) {
        return d.kind() == Drift.Kind.BROADER ? (d.documented().isEmpty() ? " (documented only for other peers)"
                : " (documented: " + d.documented() + ")") : "";
    }

    private static String text(String design, List<AuditResult> audits) {
        StringBuilder out = new StringBuilder();
        for (AuditResult a : audits) {
            out.append(Visible.of(design)).append(" against ").append(Visible.of(a.against())).append(": ").append(summary(a)).append('\n');
            for (Drift d : a.drifts()) {
                out.append(String.format("  %-8s %s%s%n", word(d.kind()), Visible.of(flow(d)), Visible.of(documented(d))));
                String how = d.kind() == Drift.Kind.MISSING ? "documented by " : "allowed by ";
                for (Cause c : d.causes()) {
                    out.append("           ").append(how).append(Visible.of(c.toString())).append('\n');
                    how = "and by ";
                }
            }
            for (AuditResult.Waived w : a.waived()) {
                out.append(String.format("  %-8s %s%n", "waived", Visible.of(flow(w.drift()))))
                        .append("           ").append(Visible.of(waiver(w))).append('\n');
            }
            a.notes().forEach(n -> out.append("  note: ").append(Visible.of(n)).append('\n'));
        }
        return out.toString();
    }

    private static String json(String design, List<AuditResult> audits) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("design", design);
        ArrayNode list = root.putArray("audits");
        for (AuditResult a : audits) {
            ObjectNode audit = list.addObject();
            audit.put("against", a.against());
            ArrayNode drifts = audit.putArray("drifts");
            for (Drift d : a.drifts()) {
                ObjectNode o = drifts.addObject();
                o.put("kind", word(d.kind()));
                o.put("from", d.from().label());
                o.put("to", d.to().label());
                o.put("ports", d.ports().toString());
                o.put("documented", d.documented().toString());
                ArrayNode causes = o.putArray("causes");
                for (Cause c : d.causes()) {
                    ObjectNode cause = causes.addObject().put("text", c.text());
                    if (c.location().isKnown()) {
                        cause.put("file", c.location().file()).put("line", c.location().line()).put("column", c.location().column());
                    }
                }
            }
            ArrayNode waived = audit.putArray("waived");
            for (AuditResult.Waived w : a.waived()) {
                waived.addObject().put("kind", word(w.drift().kind())).put("from", w.drift().from().label())
                        .put("to", w.drift().to().label()).put("ports", w.drift().ports().toString())
                        .put("rule", w.waiver().rule()).put("owner", w.waiver().owner())
                        .put("expires", w.waiver().expires().toString()).put("reason", w.waiver().reason());
            }
            a.notes().forEach(audit.putArray("notes")::add);
        }
        return write(root);
    }

    private static String markdown(String design, List<AuditResult> audits) {
        StringBuilder out = new StringBuilder();
        for (AuditResult a : audits) {
            out.append("## ").append(Markdown.text(design)).append(" against ").append(Markdown.text(a.against())).append("\n\n")
                    .append(summary(a)).append(".\n\n");
            if (!a.drifts().isEmpty()) {
                out.append("| Drift | From | To | Ports | Cause |\n|---|---|---|---|---|\n");
                for (Drift d : a.drifts()) {
                    out.append("| ").append(word(d.kind())).append(" | ").append(Markdown.text(d.from().label())).append(" | ")
                            .append(Markdown.text(d.to().label())).append(" | ").append(Markdown.text(d.ports() + documented(d)))
                            .append(" | ").append(Markdown.text(String.join("; ", d.causes().stream().map(Cause::toString).toList())))
                            .append(" |\n");
                }
                out.append('\n');
            }
            a.waived().forEach(w -> out.append("- waived: ").append(Markdown.text(flow(w.drift()) + " (" + waiver(w) + ")")).append('\n'));
            a.notes().forEach(n -> out.append("- ").append(Markdown.text(n)).append('\n'));
        }
        return out.toString();
    }

    private static String sarif(List<AuditResult> audits) {
        SarifLog log = new SarifLog("https://zonewright.io/audit");
        for (Drift.Kind kind : Drift.Kind.values()) {
            log.rule(DriftWaivers.rule(kind), kind == Drift.Kind.MISSING ? "warning" : "error");
        }
        for (AuditResult a : audits) {
            for (Drift d : a.drifts()) {
                sarifResult(log, a, d);
            }
            for (AuditResult.Waived w : a.waived()) {
                ObjectNode suppression = sarifResult(log, a, w.drift()).putArray("suppressions").addObject();
                suppression.put("kind", "external");
                suppression.put("status", "accepted");
                suppression.put("justification", waiver(w));
            }
        }
        return log.write();
    }

    private static ObjectNode sarifResult(SarifLog log, AuditResult a, Drift d) {
        return log.result(DriftWaivers.rule(d.kind()).id(), word(d.kind()) + " against " + a.against() + ": " + flow(d) + documented(d),
                d.causes().stream().map(Cause::location).toList());
    }

    private static String write(ObjectNode root) {
        try {
            return JsonReport.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
