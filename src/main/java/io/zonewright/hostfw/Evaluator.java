package io.zonewright.hostfw;

import io.zonewright.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * What a ruleset lets through on one hook, for new connections: every base chain of the hook in order,
 * jumps and gotos followed, the first terminal rule deciding, the policy deciding the rest. Chains of
 * several tables on one hook all have to accept (a drop anywhere is final), so what passes is what every
 * one of them accepts.
 */
public final class Evaluator {

    /** Nothing sensible nests deeper; a loop of jumps (which nft refuses to load) ends here. */
    private static final int MAX_DEPTH = 16;

    /** A terminal rule (or one labelled part of it) as the base chain sees it: what reaches it, what left before. */
    private record Item(List<Box> condition, List<Box> excluded, FirewallRule rule, String label) {

        String text() {
            return label == null ? rule.text() : rule.text() + ", element \"" + label + "\"";
        }
    }

    private final Ruleset ruleset;

    private Evaluator(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    /**
     * What several rulesets of one host let through together (an iptables and an ip6tables ruleset, say):
     * a packet passes the host when it passes each of them, as each lets pass what it does not decide.
     */
    public static List<Admitted> admitted(List<Ruleset> rulesets, String hook) {
        List<Admitted> out = null;
        for (Ruleset r : rulesets) {
            List<Admitted> passed = admitted(r, hook);
            out = out == null ? passed : both(out, passed);
        }
        return out == null ? List.of() : out;
    }

    public static List<Admitted> admitted(Ruleset ruleset, String hook) {
        Evaluator e = new Evaluator(ruleset);
        List<Admitted> out = null;
        for (FirewallChain chain : ruleset.chains().values()) {
            if (chain.isBase() && chain.hook().equals(hook)) {
                List<Admitted> passed = e.chain(chain);
                out = out == null ? passed : both(out, passed);
            }
        }
        return out == null ? List.of(new Admitted(Box.ALL, "no chain on the " + hook + " hook", SourceLocation.UNKNOWN, true)) : out;
    }

    private List<Admitted> chain(FirewallChain base) {
        List<Item> items = new ArrayList<>();
        flatten(base, List.of(base.scope()), List.of(), items, 0);
        List<Admitted> out = new ArrayList<>();
        // What the chain does not see (the other family), it lets pass.
        for (Box unseen : Box.ALL.minus(base.scope())) {
            out.add(new Admitted(unseen, "not seen by chain " + base.name(), base.location(), true));
        }
        List<Box> dropped = new ArrayList<>();
        List<Box> decided = new ArrayList<>();
        for (Item item : items) {
            List<Box> reached = Box.minus(item.condition(), item.excluded());
            if (item.rule().verdict() == Verdict.ACCEPT) {
                for (Box b : Box.minus(reached, dropped)) {
                    out.add(new Admitted(b, item.text(), item.rule().location(), false));
                }
            } else {
                dropped.addAll(reached);
            }
            if (base.policyAccept()) {
                decided.addAll(reached);
            }
        }
        if (base.policyAccept()) {
            for (Box b : Box.minus(List.of(base.scope()), decided)) {
                out.add(new Admitted(b, "policy accept of chain " + base.name(), base.location(), true));
            }
        }
        return out;
    }

    private void flatten(FirewallChain chain, List<Box> context, List<Box> inherited, List<Item> out, int depth) {
        List<Box> excluded = new ArrayList<>(inherited);
        for (FirewallRule rule : chain.rules()) {
            List<Box> condition = Box.intersection(context, rule.boxes());
            if (condition.isEmpty()) {
                continue;
            }
            switch (rule.verdict()) {
                case ACCEPT -> {
                    for (FirewallRule.Part part : rule.parts()) {
                        List<Box> reached = Box.intersection(context, List.of(part.box()));
                        if (!reached.isEmpty()) {
                            out.add(new Item(reached, List.copyOf(excluded), rule, part.label()));
                        }
                    }
                }
                case DROP -> out.add(new Item(condition, List.copyOf(excluded), rule, null));
                case RETURN -> excluded.addAll(condition);
                case JUMP, GOTO -> {
                    FirewallChain target = ruleset.chains().get(rule.target());
                    // A missing target or a loop was reported by the reader (see Jumps); such a jump takes nothing here.
                    if (target != null && depth < MAX_DEPTH) {
                        flatten(target, condition, excluded, out, depth + 1);
                    }
                    if (rule.verdict() == Verdict.GOTO) {
                        excluded.addAll(condition);
                    }
                }
                case CONTINUE -> {
                    // counts or logs: the packets go on to the next rule
                }
            }
        }
    }

    /** What two chains on one hook both let through; the cause is the one that is a rule rather than a policy. */
    private static List<Admitted> both(List<Admitted> a, List<Admitted> b) {
        List<Admitted> out = new ArrayList<>();
        for (Admitted x : a) {
            for (Admitted y : b) {
                Box common = x.box().intersection(y.box());
                if (!common.isEmpty()) {
                    Admitted cause = x.byPolicy() ? y : x;
                    out.add(new Admitted(common, cause.rule(), cause.location(), x.byPolicy() && y.byPolicy()));
                }
            }
        }
        return out;
    }
}
