package io.zonewright.hostfw;

import io.zonewright.model.SourceLocation;

import java.util.List;

/**
 * A chain: a base chain has a hook (input, output, forward) and a policy; a regular one is jumped to.
 * {@code scope} is what the chain sees: a chain of an ip table only IPv4 packets, the others pass it.
 */
public record FirewallChain(String name, String hook, boolean policyAccept, Box scope, List<FirewallRule> rules,
                            SourceLocation location) {

    public FirewallChain {
        rules = List.copyOf(rules);
    }

    public boolean isBase() {
        return hook != null;
    }
}
