package io.zonewright.edit;

import io.zonewright.Designs;
import io.zonewright.compare.Drift;
import io.zonewright.compare.HostAudit;
import io.zonewright.export.ExportOptions;
import io.zonewright.export.Exported;
import io.zonewright.export.Target;
import io.zonewright.hostfw.IptablesSaveReader;
import io.zonewright.hostfw.Ruleset;
import io.zonewright.model.Connection;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An extra flow adopted into the design is documented: the same audit then finds no drift. */
class DriftAdoptionTest {

    private static final Topology ARTICLE = Designs.load(Designs.ARTICLE);

    private static List<Drift> audit(Topology design, String rules) {
        Ruleset ruleset = IptablesSaveReader.parse(rules, "api.rules");
        return HostAudit.of(design, design.service("api"), List.of(ruleset), ExportOptions.defaults(), "api").drifts();
    }

    @Test
    void anAdoptedExtraFlowIsNoLongerDrift() {
        String rules = Exported.of(ARTICLE, Target.IPTABLES).file("iptables/api.rules")
                .replace("-s 10.0.1.10/32 -p tcp -m tcp --dport 8080", "-s 10.0.1.0/24 -p tcp -m tcp --dport 8080");
        List<Drift> before = audit(ARTICLE, rules);
        assertEquals(1, before.size(), before::toString);
        assertEquals(Drift.Kind.BROADER, before.get(0).kind());

        Topology adopted = DriftAdoption.adopt(ARTICLE, before.get(0));
        List<Connection> added = adopted.connections().stream().filter(c -> ARTICLE.connection(c.id()) == null).toList();
        assertEquals(java.util.Set.of("caddy", "10.0.1.0/29", "10.0.1.8/31", "10.0.1.11", "10.0.1.12/30", "10.0.1.16/30",
                "10.0.1.21", "10.0.1.22/31", "10.0.1.24/29", "10.0.1.32/27", "10.0.1.64/26", "10.0.1.128/25"),
                added.stream().map(c -> c.from().text()).collect(java.util.stream.Collectors.toSet()),
                "the range but the documented host: the service it holds (caddy, 10.0.1.20), and networks");
        assertTrue(added.stream().allMatch(c -> c.tags().contains("adopted") && c.purpose().startsWith("Adopted from an audit")));
        assertEquals(List.of(), audit(adopted, rules));
    }

    @Test
    void missingDriftAndEndsTheDesignDoesNotHaveAreRefused() {
        String rules = Exported.of(ARTICLE, Target.IPTABLES).file("iptables/api.rules")
                .replace("-s 10.0.1.10/32 -p tcp -m tcp --dport 8080", "-s 10.0.1.11/32 -p tcp -m tcp --dport 8080");
        List<Drift> drifts = audit(ARTICLE, rules);
        Drift missing = drifts.stream().filter(d -> d.kind() == Drift.Kind.MISSING).findFirst().orElseThrow();
        assertThrows(EditRefusedException.class, () -> DriftAdoption.adopt(ARTICLE, missing));
        Topology withoutApi = TopologyEdits.remove(ARTICLE, List.of("api"));
        Drift extra = drifts.stream().filter(d -> d.kind() != Drift.Kind.MISSING).findFirst().orElseThrow();
        EditRefusedException refused = assertThrows(EditRefusedException.class, () -> DriftAdoption.adopt(withoutApi, extra));
        assertTrue(refused.getMessage().startsWith("api is not a service of the design"), refused.getMessage());
    }
}
