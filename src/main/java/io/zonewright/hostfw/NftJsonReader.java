package io.zonewright.hostfw;

import io.zonewright.io.DocumentFiles;
import io.zonewright.io.DocumentNode;
import io.zonewright.io.Problems;
import io.zonewright.io.YamlNode;
import io.zonewright.model.AddressSet;
import io.zonewright.model.SourceLocation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON of {@code nft -j list ruleset} (libnftables-json) into a {@link Ruleset}: the filter chains
 * of the ip, ip6 and inet tables, their rules as sets of packets, named and anonymous sets, prefixes,
 * ranges, concatenations, negations and verdict maps. Conntrack and loopback rules never match a new
 * connection from elsewhere; what the packets' other fields say (source ports, interfaces, ICMP types,
 * rate limits) is read as matching every packet, and said so in the notes. Rules that iptables-nft made
 * are opaque ({@code xt}): they are reported, with the advice to read the iptables-save text instead.
 */
public final class NftJsonReader {

    private final String fileName;
    private final Problems problems = new Problems();
    private final Set<String> notes = new LinkedHashSet<>();
    private final Map<String, DocumentNode> sets = new LinkedHashMap<>();
    private final Map<String, ChainBuilder> chains = new LinkedHashMap<>();

    private static final class ChainBuilder {
        final String family;
        final String name;
        final String hook;
        final boolean policyAccept;
        final SourceLocation location;
        final List<FirewallRule> rules = new ArrayList<>();

        ChainBuilder(String family, String name, String hook, boolean policyAccept, SourceLocation location) {
            this.family = family;
            this.name = name;
            this.hook = hook;
            this.policyAccept = policyAccept;
            this.location = location;
        }
    }

    private NftJsonReader(String fileName) {
        this.fileName = fileName;
    }

    public static Ruleset read(Path file) {
        DocumentFiles.Documents documents = DocumentFiles.read(file);
        return new NftJsonReader(file.toString()).read(documents);
    }

    public static Ruleset parse(String text, String fileName) {
        return new NftJsonReader(fileName).read(DocumentFiles.parse(text, fileName));
    }

    private Ruleset read(DocumentFiles.Documents documents) {
        problems.addAll(documents.problems());
        for (YamlNode document : documents.documents()) {
            DocumentNode root = new DocumentNode(document, problems);
            if (!root.has("nftables")) {
                root.problem("not the JSON of 'nft -j list ruleset': it has no 'nftables' list");
                continue;
            }
            List<DocumentNode> objects = root.list("nftables");
            for (DocumentNode o : objects) {
                if (o.has("set")) {
                    DocumentNode set = o.get("set");
                    sets.put(key(set.text("family"), set.text("table"), set.text("name")), set);
                } else if (o.has("map")) {
                    DocumentNode map = o.get("map");
                    sets.put(key(map.text("family"), map.text("table"), map.text("name")), map);
                } else if (o.has("chain")) {
                    chain(o.get("chain"));
                }
            }
            for (DocumentNode o : objects) {
                if (o.has("rule")) {
                    rule(o.get("rule"));
                }
            }
        }
        Map<String, FirewallChain> out = new LinkedHashMap<>();
        chains.forEach((key, c) -> out.put(key, new FirewallChain(c.family + " " + key.substring(key.indexOf(' ') + 1), c.hook,
                c.policyAccept, familyBox(c.family), c.rules, c.location)));
        for (FirewallChain c : out.values()) {
            for (FirewallRule r : c.rules()) {
                if (r.target() != null && !out.containsKey(r.target())) {
                    problems.add(r.location(), r.text() + " jumps to chain " + r.target() + ", which the ruleset does not have");
                }
            }
        }
        return Ruleset.read(fileName, out, AddressSet.ALL, problems.all(), List.copyOf(notes));
    }

    private static String key(String family, String table, String name) {
        return family + " " + table + "/" + name;
    }

    private boolean readsFamily(String family) {
        if (family.equals("ip") || family.equals("ip6") || family.equals("inet")) {
            return true;
        }
        notes.add("tables of family " + family + " are not read (only ip, ip6 and inet filter what a host accepts)");
        return false;
    }

    private void chain(DocumentNode chain) {
        String family = chain.text("family");
        if (!readsFamily(family)) {
            return;
        }
        String type = chain.text("type");
        String hook = chain.has("hook") && (type.isEmpty() || type.equals("filter")) ? chain.text("hook") : null;
        if (chain.has("hook") && !type.isEmpty() && !type.equals("filter")) {
            notes.add("chains of type " + type + " are not read: they do not decide what a host accepts");
        }
        boolean accept = !chain.text("policy").equals("drop");
        chains.put(key(family, chain.text("table"), chain.text("name")),
                new ChainBuilder(family, chain.text("name"), hook, accept, chain.location()));
    }

    private void rule(DocumentNode rule) {
        String family = rule.text("family");
        String table = rule.text("table");
        ChainBuilder chain = chains.get(key(family, table, rule.text("chain")));
        if (chain == null) {
            if (readsFamily(family)) {
                rule.problem("a rule of chain " + rule.text("chain") + ", which the ruleset does not declare");
            }
            return;
        }
        String text = "rule " + rule.text("handle") + " of chain " + family + " " + table + " " + chain.name
                + (rule.has("comment") ? " \"" + rule.text("comment") + "\"" : "");
        List<FirewallRule.Part> match = List.of(new FirewallRule.Part(familyBox(family), null));
        for (DocumentNode expr : rule.list("expr")) {
            if (expr.has("match")) {
                match = Parts.intersection(match, match(expr.get("match"), family, table));
            } else if (expr.has("xt")) {
                expr.problem("this rule was made by iptables-nft and its match is opaque to nft's JSON ('xt'): "
                        + "read the host's iptables-save output instead");
                return;
            } else if (expr.has("vmap")) {
                verdictMap(expr.get("vmap"), match, family, table, text, chain);
                return;
            } else {
                Verdict verdict = verdict(expr);
                if (verdict != null) {
                    String target = verdict == Verdict.JUMP || verdict == Verdict.GOTO
                            ? key(family, table, expr.get(verdict == Verdict.JUMP ? "jump" : "goto").text("target")) : null;
                    chain.rules.add(new FirewallRule(match, verdict, target, text, rule.location()));
                    return;
                }
                statement(expr);
            }
        }
        chain.rules.add(new FirewallRule(match, Verdict.CONTINUE, null, text, rule.location()));
    }

    private static Box familyBox(String family) {
        return family.equals("ip") ? Box.ALL.family(false) : family.equals("ip6") ? Box.ALL.family(true) : Box.ALL;
    }

    private static Verdict verdict(DocumentNode expr) {
        if (hasKey(expr, "accept")) {
            return Verdict.ACCEPT;
        }
        for (String key : List.of("drop", "reject")) {
            if (hasKey(expr, key)) {
                return Verdict.DROP;
            }
        }
        if (hasKey(expr, "return")) {
            return Verdict.RETURN;
        }
        if (hasKey(expr, "jump")) {
            return Verdict.JUMP;
        }
        if (hasKey(expr, "goto")) {
            return Verdict.GOTO;
        }
        if (hasKey(expr, "continue")) {
            return Verdict.CONTINUE;
        }
        return null;
    }

    /** Whether a mapping has a key, even one whose value is null ({@code {"accept": null}}). */
    private static boolean hasKey(DocumentNode node, String key) {
        return node.tree() instanceof YamlNode.MapNode m && m.entries().stream().anyMatch(e -> e.key().equals(key));
    }

    private void statement(DocumentNode expr) {
        if (hasKey(expr, "limit")) {
            notes.add("rate limits are read as matching every packet");
        } else if (hasKey(expr, "queue")) {
            notes.add("packets sent to a queue are read as accepted by no rule of this ruleset");
        }
        // counter, log, comment, meta/ct set, mangle: the packet goes on
    }

    /** A verdict map: one rule per entry, the entry's key as one more match. */
    private void verdictMap(DocumentNode vmap, List<FirewallRule.Part> match, String family, String table, String text,
                            ChainBuilder chain) {
        DocumentNode data = vmap.get("data");
        List<DocumentNode> entries = data.isMap() ? data.get("set").items() : namedElements(data.text(), family, table, data);
        for (DocumentNode entry : entries) {
            List<DocumentNode> pair = entry.items();
            if (pair.size() != 2) {
                entry.problem("a verdict map entry is a key and a verdict");
                continue;
            }
            Verdict verdict = verdict(pair.get(1));
            if (verdict == null) {
                pair.get(1).problem("not a verdict");
                continue;
            }
            String target = verdict == Verdict.JUMP || verdict == Verdict.GOTO
                    ? key(family, table, pair.get(1).get(verdict == Verdict.JUMP ? "jump" : "goto").text("target")) : null;
            List<FirewallRule.Part> keyed = Parts.intersection(match,
                    constraint(vmap.get("key"), "==", List.of(new Value(pair.get(0), null)), family, table));
            chain.rules.add(new FirewallRule(keyed, verdict, target, text, entry.location()));
        }
    }

    /** A value of a match's right side, with the comment of the set element it comes from. */
    private record Value(DocumentNode node, String comment) {
    }

    private List<FirewallRule.Part> match(DocumentNode match, String family, String table) {
        String op = match.text("op");
        return constraint(match.get("left"), op, values(match.get("right"), family, table), family, table);
    }

    /** The values on a match's right side: sets (anonymous or named) opened to their elements. */
    private List<Value> values(DocumentNode right, String family, String table) {
        List<Value> out = new ArrayList<>();
        if (right.isMap() && right.has("set")) {
            for (DocumentNode element : right.get("set").items()) {
                out.add(element(element));
            }
        } else if (right.tree() instanceof YamlNode.Scalar s && s.text().startsWith("@")) {
            for (DocumentNode element : namedElements(s.text(), family, table, right)) {
                out.add(element(element));
            }
        } else if (right.tree() instanceof YamlNode.ListNode) {
            right.items().forEach(v -> out.add(new Value(v, null)));
        } else {
            out.add(new Value(right, null));
        }
        return out;
    }

    private static Value element(DocumentNode element) {
        if (element.isMap() && element.has("elem")) {
            DocumentNode elem = element.get("elem");
            return new Value(elem.get("val"), elem.has("comment") ? elem.text("comment") : null);
        }
        return new Value(element, null);
    }

    private List<DocumentNode> namedElements(String reference, String family, String table, DocumentNode at) {
        DocumentNode set = sets.get(key(family, table, reference.substring(1)));
        if (set == null) {
            at.problem("no set or map " + reference + " in table " + family + " " + table);
            return List.of();
        }
        return set.list("elem");
    }

    /** The packets for which {@code left op right} holds, as parts (one per set element, for concatenations). */
    private List<FirewallRule.Part> constraint(DocumentNode left, String op, List<Value> values, String family, String table) {
        boolean negated = op.equals("!=");
        if (!negated && !op.equals("==") && !op.equals("in")) {
            notes.add("matches with '" + op + "' are read as matching every packet");
            return Parts.all();
        }
        if (left.isMap() && left.has("concat")) {
            List<DocumentNode> fields = left.list("concat");
            List<FirewallRule.Part> out = new ArrayList<>();
            for (Value v : values) {
                List<DocumentNode> parts = v.node().isMap() && v.node().has("concat") ? v.node().list("concat") : List.of(v.node());
                if (parts.size() != fields.size()) {
                    v.node().problem("a set element of " + parts.size() + " values for a concatenation of " + fields.size());
                    continue;
                }
                Box box = Box.ALL;
                for (int i = 0; i < fields.size(); i++) {
                    box = box.intersection(Fields.box(fields.get(i), List.of(parts.get(i)), false, notes));
                }
                out.add(new FirewallRule.Part(box, v.comment()));
            }
            return negated ? Parts.complement(out) : out;
        }
        List<DocumentNode> plain = values.stream().map(Value::node).toList();
        Box box = Fields.box(left, plain, negated, notes);
        boolean labelled = values.size() == 1 && values.get(0).comment() != null;
        return List.of(new FirewallRule.Part(box, labelled ? values.get(0).comment() : null));
    }
}
