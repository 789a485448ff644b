package io.zonewright.ui.diagram;

import io.zonewright.analysis.Exposure;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Report;
import io.zonewright.model.Topology;
import io.zonewright.ui.common.Latest;
import io.zonewright.ui.document.Selection;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.SetChangeListener;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the diagram can show on top of the design: the attack paths from the internet, the blast radius of
 * the selected service (each service it reaches, by hops), or the connections that cross a zone boundary.
 * Computed off the FX thread, shown when ready, recomputed when the design or the selection changes.
 */
public final class Overlays {

    public enum Kind { NONE, ATTACK_PATHS, BLAST_RADIUS, ZONE_CROSSINGS }

    private final DiagramView diagram;
    private final ReadOnlyObjectProperty<Topology> topology;
    private final ReadOnlyObjectProperty<Report> report;
    private final Selection selection;
    private final Latest latest = new Latest("zonewright-overlays");
    private Kind shown = Kind.NONE;

    public Overlays(DiagramView diagram, ReadOnlyObjectProperty<Topology> topology, ReadOnlyObjectProperty<Report> report,
             Selection selection) {
        this.diagram = diagram;
        this.topology = topology;
        this.report = report;
        this.selection = selection;
        topology.addListener((obs, old, t) -> refresh());
        report.addListener((obs, old, r) -> refresh());
        selection.ids().addListener((SetChangeListener<String>) c -> {
            if (shown == Kind.BLAST_RADIUS) {
                refresh();
            }
        });
    }

    Kind shown() {
        return shown;
    }

    public void show(Kind kind) {
        shown = kind;
        refresh();
    }

    private void refresh() {
        diagram.highlightPaths(List.of());
        diagram.showHops(Map.of());
        diagram.showCrossings(Set.of());
        latest.cancel();
        Topology t = topology.get();
        switch (shown) {
            case ATTACK_PATHS -> diagram.highlightPaths(report.get().findings().stream()
                    .filter(f -> f.rule().equals("ZW201")).map(Finding::path).toList());
            case BLAST_RADIUS -> {
                String selected = selection.ids().size() == 1 ? selection.ids().iterator().next() : null;
                if (selected != null && t.service(selected) != null) {
                    latest.run(() -> Exposure.hopsFrom(t, selected), diagram::showHops, failure -> { });
                }
            }
            case ZONE_CROSSINGS -> latest.run(() -> Exposure.zoneCrossings(t), diagram::showCrossings, failure -> { });
            case NONE -> { }
        }
    }
}
