package io.zonewright.hostfw;

import io.zonewright.io.Diagnostic;
import io.zonewright.model.AddressSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A host's ruleset as read: its chains by name (table and chain), the address families it decides (an
 * nftables ruleset both, an iptables one its own: the other family is another ruleset's), what could not
 * be read exactly (with its place), and notes on what was read as wider or narrower than it may be.
 */
public record Ruleset(String file, Map<String, FirewallChain> chains, AddressSet families, List<Diagnostic> problems,
                      List<String> notes) {

    /** A ruleset as a reader made it, with the problems of its jumps (loops, unbounded unfolding) added to its own. */
    static Ruleset read(String file, Map<String, FirewallChain> chains, AddressSet families, List<Diagnostic> problems,
                        List<String> notes) {
        List<Diagnostic> all = new ArrayList<>(problems);
        all.addAll(Jumps.problems(chains));
        return new Ruleset(file, chains, families, List.copyOf(all), notes);
    }
}
