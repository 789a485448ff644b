package io.zonewright.io;

import io.zonewright.analysis.DriftRules;
import io.zonewright.analysis.Rule;
import io.zonewright.analysis.Rules;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.Service;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.Topology;
import io.zonewright.model.Waiver;
import io.zonewright.model.Zone;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks what a single mapping cannot: ids are unique and every reference names an existing element. */
final class ReferenceChecker {

    private static final Pattern RULE_ID = Pattern.compile("ZW\\d{3}");
    private static final Set<String> WAIVABLE = Rules.analysisRules().stream().map(Rule::id).collect(Collectors.toSet());

    private final Topology topology;
    private final Diagnostics diagnostics;
    private final Map<String, SourceLocation> layoutLocations;
    private final Map<String, String> seenIds = new HashMap<>();

    ReferenceChecker(Topology topology, Diagnostics diagnostics, Map<String, SourceLocation> layoutLocations) {
        this.topology = topology;
        this.diagnostics = diagnostics;
        this.layoutLocations = layoutLocations;
    }

    void check() {
        topology.zones().forEach(z -> unique(z.id(), "zone", z.location()));
        topology.services().forEach(this::checkService);
        topology.connections().forEach(this::checkConnection);
        Map<String, PolicyRule> crossings = new HashMap<>();
        for (PolicyRule rule : topology.policy()) {
            zoneExists(rule.from(), rule.location());
            zoneExists(rule.to(), rule.location());
            if (crossings.putIfAbsent(rule.from() + "\n" + rule.to(), rule) != null) {
                diagnostics.error(rule.location(), "the crossing " + rule.from() + " -> " + rule.to()
                        + " is already in the policy; merge the ports into one rule");
            }
        }
        topology.waivers().forEach(this::checkWaiver);
        layoutLocations.forEach((id, location) -> {
            if (!topology.hasElement(id)) {
                diagnostics.error(location, "layout entry for unknown element '" + id + "'");
            }
        });
    }

    private void unique(String id, String kind, SourceLocation location) {
        String previous = seenIds.putIfAbsent(id, kind);
        if (previous != null) {
            diagnostics.error(location, "duplicate id '" + id + "' (already used by a " + previous + ")");
        }
    }

    private void checkService(Service s) {
        unique(s.id(), "service", s.location());
        zoneExists(s.zone(), s.location());
    }

    private void checkConnection(Connection c) {
        if (c.hasDerivedId()) {
            String previous = seenIds.putIfAbsent(c.id(), "connection");
            if (previous != null) {
                diagnostics.error(c.location(), "the flow " + c.id() + " is listed twice; merge them or give each an 'id'");
            }
        } else {
            unique(c.id(), "connection", c.location());
        }
        endpointExists(c.from(), c.location());
        endpointExists(c.to(), c.location());
        if (c.from() instanceof Endpoint.ServiceRef && c.from().equals(c.to())) {
            diagnostics.error(c.location(), "connection from '" + c.from().text() + "' to itself");
        }
    }

    private void endpointExists(Endpoint endpoint, SourceLocation location) {
        if (endpoint instanceof Endpoint.ServiceRef ref && topology.service(ref.id()) == null) {
            String hint = topology.zone(ref.id()) != null ? " (for the whole zone write 'zone:" + ref.id() + "')" : "";
            diagnostics.error(location, "reference to unknown service '" + ref.id() + "'" + hint);
        } else if (endpoint instanceof Endpoint.ZoneRef ref) {
            zoneExists(ref.id(), location);
        }
    }

    private void zoneExists(String zoneId, SourceLocation location) {
        Zone zone = topology.zone(zoneId);
        if (zone == null) {
            diagnostics.error(location, "reference to unknown zone '" + zoneId + "'");
        }
    }

    /**
     * A waiver must name a rule that exists: a typo would otherwise silence nothing, for ever. A target the
     * design no longer has is not an error: the waiver is stale, and the analysis says so (ZW302), as it
     * does for a waiver whose finding was fixed.
     */
    private void checkWaiver(Waiver w) {
        if (!RULE_ID.matcher(w.rule()).matches()) {
            diagnostics.error(w.location(), "waiver for '" + w.rule() + "', which is not a rule id (ZW followed by three digits)");
        } else if (!WAIVABLE.contains(w.rule()) && !DriftRules.isDriftRule(w.rule())) {
            diagnostics.error(w.location(), "waiver for " + w.rule() + ", which is not a rule of this Zonewright (see the rule catalogue)");
        }
    }
}
