package io.zonewright.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.RuleDescription;
import io.zonewright.analysis.Rules;
import io.zonewright.analysis.Severity;
import io.zonewright.compare.Cause;
import io.zonewright.compare.DesignDiff;
import io.zonewright.compare.Drift;
import io.zonewright.text.Markdown;
import io.zonewright.text.Visible;

import java.util.List;
import java.util.Locale;

/**
 * How {@code zonewright diff} reports a change to a design: text for a terminal, JSON for tools, Markdown
 * for a pull-request comment (a summary line, the changes, then the new findings with their fix).
 */
public enum DiffFormat {
    TEXT, JSON, MARKDOWN, SARIF;

    private static final RuleDescription OPENED = new RuleDescription("diff/opened", "The change opens a flow", Severity.MEDIUM,
            "Something may now reach something it could not reach before: review that it is meant.",
            "Keep it if the design needs it; otherwise take the connection out of the change.");
    private static final RuleDescription WIDENED = new RuleDescription("diff/widened", "The change widens a flow", Severity.MEDIUM,
            "A flow that was allowed is now allowed on more ports, from more sources or to more destinations.",
            "Narrow the connection to what the caller needs.");
    private static final RuleDescription CLOSED = new RuleDescription("diff/closed", "The change closes a flow", Severity.INFO,
            "A flow that was allowed no longer is: a caller may break.", "Check that nothing still depends on it.");

    public static DiffFormat parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text + "' (text, json, markdown or sarif)");
        }
    }

    public String render(String old, String now, DesignDiff diff) {
        return switch (this) {
            case TEXT -> text(old, now, diff);
            case JSON -> json(old, now, diff);
            case MARKDOWN -> markdown(old, now, diff);
            case SARIF -> sarif(diff);
        };
    }

    /** What a flow difference means between two versions: the old one allowed it and the new does not, and so on. */
    public static String word(Drift.Kind kind) {
        return switch (kind) {
            case MISSING -> "closed";
            case EXTRA -> "opened";
            case BROADER -> "widened";
        };
    }

    private static String word(DesignDiff.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static long count(DesignDiff diff, Drift.Kind kind) {
        return diff.flows().stream().filter(d -> d.kind() == kind).count();
    }

    /** {@code opens 2 flows, widens 1, closes 0; 1 findings introduced (1 new attack path from outside), 0 resolved}. */
    public static String summary(DesignDiff diff) {
        long paths = diff.introduced().stream().filter(f -> f.rule().equals("ZW201")).count();
        return "opens " + flows(count(diff, Drift.Kind.EXTRA)) + ", widens " + count(diff, Drift.Kind.BROADER) + ", closes "
                + count(diff, Drift.Kind.MISSING) + "; " + diff.introduced().size() + " findings introduced"
                + (paths == 0 ? "" : " (" + paths + " new attack " + (paths == 1 ? "path" : "paths") + " from outside)")
                + ", " + diff.resolved().size() + " resolved";
    }

    private static String flows(long n) {
        return n + (n == 1 ? " flow" : " flows");
    }

    private static String flow(Drift d) {
        return d.from().label() + " -> " + d.to().label() + ": " + d.ports();
    }

    private static String text(String old, String now, DesignDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append(Visible.of(old)).append(" -> ").append(Visible.of(now)).append(": ").append(summary(diff)).append('\n');
        for (DesignDiff.Change c : diff.changes()) {
            out.append(String.format("  %-9s %-10s %s%s%n", word(c.kind()), c.element(), Visible.of(c.id()),
                    c.text().isEmpty() ? "" : ": " + Visible.of(c.text())));
        }
        for (Drift d : diff.flows()) {
            out.append(String.format("  %-9s %-10s %s%n", word(d.kind()), "flow", Visible.of(flow(d))));
        }
        diff.introduced().forEach(f -> out.append("  new       finding    ").append(finding(f)).append('\n'));
        diff.resolved().forEach(f -> out.append("  resolved  finding    ").append(finding(f)).append('\n'));
        return out.toString();
    }

    private static String finding(Finding f) {
        return f.rule() + " " + f.severity().label() + ": " + Visible.of(f.message());
    }

    private static String json(String old, String now, DesignDiff diff) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("old", old).put("new", now).put("summary", summary(diff));
        ArrayNode changes = root.putArray("changes");
        diff.changes().forEach(c -> changes.addObject().put("element", c.element()).put("change", word(c.kind()))
                .put("id", c.id()).put("text", c.text()));
        ArrayNode flows = root.putArray("flows");
        diff.flows().forEach(d -> flows.addObject().put("change", word(d.kind())).put("from", d.from().label())
                .put("to", d.to().label()).put("ports", d.ports().toString()));
        findings(root.putArray("introduced"), diff.introduced());
        findings(root.putArray("resolved"), diff.resolved());
        try {
            return JsonReport.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void findings(ArrayNode out, List<Finding> findings) {
        findings.forEach(f -> out.addObject().put("rule", f.rule()).put("severity", f.severity().label())
                .put("message", f.message()).put("target", f.target()).put("hint", f.hint()));
    }

    /** For code scanning on a pull request: the findings the change introduces, and the flows it opens, widens, closes. */
    private static String sarif(DesignDiff diff) {
        SarifLog log = new SarifLog("https://zonewright.io/diff");
        for (RuleDescription r : List.of(OPENED, WIDENED, CLOSED)) {
            log.rule(r, r == CLOSED ? "note" : "warning");
        }
        for (Drift d : diff.flows()) {
            RuleDescription rule = d.kind() == Drift.Kind.EXTRA ? OPENED : d.kind() == Drift.Kind.BROADER ? WIDENED : CLOSED;
            log.result(rule.id(), word(d.kind()) + ": " + flow(d), d.causes().stream().map(Cause::location).toList());
        }
        for (Finding f : diff.introduced()) {
            Rules.described().stream().filter(r -> r.id().equals(f.rule())).findFirst()
                    .ifPresent(r -> log.rule(r, SarifReport.level(r.severity())));
            log.result(f.rule(), f.message(), List.of(f.location())).put("level", SarifReport.level(f.severity()));
        }
        return log.write();
    }

    private static String markdown(String old, String now, DesignDiff diff) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(Markdown.text(now)).append("** against ").append(Markdown.text(old)).append(": ")
                .append(Markdown.text(summary(diff))).append(".\n\n");
        if (!diff.connections().isEmpty()) {
            md.append("| Change | Source | Destination | Port | Protocol | Purpose | Connection |\n|---|---|---|---|---|---|---|\n");
            for (DesignDiff.ConnectionChange c : diff.connections()) {
                md.append("| ").append(word(c.kind()));
                for (String cell : List.of(c.row().source(), c.row().destination(), c.row().port(), c.row().protocol(),
                        c.row().purpose(), c.row().id())) {
                    md.append(" | ").append(Markdown.text(cell));
                }
                md.append(" |\n");
            }
            md.append('\n');
        }
        List<DesignDiff.Change> others = diff.changes().stream().filter(c -> !c.element().equals("connection")).toList();
        if (!others.isEmpty()) {
            md.append("| Change | Element | Id | Details |\n|---|---|---|---|\n");
            others.forEach(c -> md.append("| ").append(word(c.kind())).append(" | ").append(c.element()).append(" | ")
                    .append(Markdown.text(c.id())).append(" | ").append(Markdown.text(c.text())).append(" |\n"));
            md.append('\n');
        }
        if (!diff.flows().isEmpty()) {
            md.append("| Flow | From | To | Ports |\n|---|---|---|---|\n");
            diff.flows().forEach(d -> md.append("| ").append(word(d.kind())).append(" | ").append(Markdown.text(d.from().label()))
                    .append(" | ").append(Markdown.text(d.to().label())).append(" | ").append(Markdown.text(d.ports().toString()))
                    .append(" |\n"));
            md.append('\n');
        }
        if (!diff.introduced().isEmpty()) {
            md.append("New findings:\n\n");
            diff.introduced().forEach(f -> md.append("- **").append(f.rule()).append("** (").append(f.severity().label())
                    .append(") ").append(Markdown.text(f.message())).append(" *Fix:* ").append(Markdown.text(f.hint())).append('\n'));
            md.append('\n');
        }
        if (!diff.resolved().isEmpty()) {
            md.append("Resolved: ").append(Markdown.text(String.join("; ", diff.resolved().stream()
                    .map(f -> f.rule() + " " + f.target()).toList()))).append(".\n");
        }
        return md.toString();
    }
}
