package io.zonewright.compare;

import io.zonewright.Designs;
import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.io.TopologyReader;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How far a compromise reaches, before and after a change: the blast radius a review should see grow. */
class DesignDiffTest {

    private static Topology article(String replace, String with) throws IOException {
        String text = Files.readString(Designs.ARTICLE);
        assertTrue(text.contains(replace), replace);
        var loaded = TopologyReader.parse(text.replace(replace, with), "changed.yaml");
        assertTrue(loaded.isValid(), () -> loaded.errors().toString());
        return loaded.topology();
    }

    private static List<String> reach(DesignDiff diff) {
        return diff.changes().stream().filter(c -> c.element().equals("reach"))
                .map(c -> c.kind() + " " + c.id() + ": " + c.text()).toList();
    }

    @Test
    void aNewPathGrowsTheBlastRadiusOfEveryServiceUpstream() throws IOException {
        Topology old = Designs.load(Designs.ARTICLE);
        Topology now = article("connections:\n", "connections:\n  - from: worker\n    to: fluent-bit\n    port: 24224/tcp\n"
                + "    purpose: Job logs\n    auth: mtls\n");
        DesignDiff diff = DesignDiff.of(old, now, AnalysisOptions.defaults());
        assertEquals(List.of("WIDENED worker: a compromise now reaches 2 more (fluent-bit, loki)"), reach(diff));
        DesignDiff back = DesignDiff.of(now, old, AnalysisOptions.defaults());
        assertEquals(List.of("NARROWED worker: a compromise no longer reaches fluent-bit, loki"), reach(back));
    }

    @Test
    void aDataStoreNewlyReachableIsNamedFirst() throws IOException {
        Topology old = Designs.load(Designs.ARTICLE);
        Topology now = article("connections:\n", "connections:\n  - from: worker\n    to: redis\n    port: 6379/tcp\n"
                + "    purpose: Job queue\n    auth: credentials\n");
        assertEquals(List.of("WIDENED worker: a compromise now reaches 1 more (1 in the data zone: redis)"),
                reach(DesignDiff.of(old, now, AnalysisOptions.defaults())));
    }

    @Test
    void aConnectionWhoseEndsCoverMoreIsWidenedAndTheOtherWayNarrowed() throws IOException {
        Topology everyService = Designs.load(Designs.ARTICLE);
        Topology databaseOnly = article("    from: prometheus\n    to: '*'\n", "    from: prometheus\n    to: postgres\n");
        DesignDiff narrowed = DesignDiff.of(everyService, databaseOnly, AnalysisOptions.defaults());
        assertTrue(narrowed.changes().stream().anyMatch(c -> c.id().equals("metrics-scraping") && c.kind() == DesignDiff.Kind.NARROWED),
                narrowed.changes()::toString);
        DesignDiff widened = DesignDiff.of(databaseOnly, everyService, AnalysisOptions.defaults());
        assertTrue(widened.changes().stream().anyMatch(c -> c.id().equals("metrics-scraping") && c.kind() == DesignDiff.Kind.WIDENED),
                widened.changes()::toString);
    }
}
