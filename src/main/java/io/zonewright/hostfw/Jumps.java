package io.zonewright.hostfw;

import io.zonewright.io.Diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The jumps of a ruleset that no kernel would load or no reading could finish: a loop (nft and iptables
 * refuse one), and base chains whose jumps unfold into more rules than a host ever has, as a hostile file
 * of chains each jumping many times to the next would. Either is a problem of the file, said where it is.
 */
final class Jumps {

    /** Far beyond any real host (a large one has a few thousand rules), well within what reads in a second. */
    static final long MOST_UNFOLDED = 200_000;

    private final Map<String, FirewallChain> chains;
    private final Map<String, Long> unfolded = new HashMap<>();
    private final Set<String> onPath = new HashSet<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    private Jumps(Map<String, FirewallChain> chains) {
        this.chains = chains;
    }

    static List<Diagnostic> problems(Map<String, FirewallChain> chains) {
        Jumps jumps = new Jumps(chains);
        chains.forEach((key, chain) -> {
            if (chain.isBase() && jumps.size(key) > MOST_UNFOLDED) {
                jumps.problems.add(new Diagnostic(chain.location(), "the jumps of chain " + chain.name() + " unfold into more than "
                        + MOST_UNFOLDED + " rules, more than any host has; such a ruleset is not read"));
            }
        });
        return jumps.problems;
    }

    /** How many rules a packet may meet in the chain, jumps followed; a jump back into the path is reported and not followed. */
    private long size(String key) {
        Long known = unfolded.get(key);
        if (known != null) {
            return known;
        }
        onPath.add(key);
        long total = 0;
        for (FirewallRule rule : chains.get(key).rules()) {
            total++;
            if ((rule.verdict() == Verdict.JUMP || rule.verdict() == Verdict.GOTO) && chains.containsKey(rule.target())) {
                if (onPath.contains(rule.target())) {
                    problems.add(new Diagnostic(rule.location(), "jumps back to chain " + chains.get(rule.target()).name()
                            + ": a loop, which neither nft nor iptables loads"));
                } else {
                    total += size(rule.target());
                }
            }
            // Past the limit the count no longer matters, and it must not overflow.
            total = Math.min(total, MOST_UNFOLDED + 1);
        }
        onPath.remove(key);
        unfolded.put(key, total);
        return total;
    }
}
