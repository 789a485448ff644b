package io.zonewright.ui.diagram;

import io.zonewright.edit.TopologyEdits.Placement;
import io.zonewright.edit.TopologyEdits;
import io.zonewright.layout.LayeredArrangement;
import io.zonewright.model.Position;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.ui.common.BackgroundWork;
import io.zonewright.ui.document.Document;
import io.zonewright.ui.document.EditPerformer;
import io.zonewright.ui.document.Selection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Edit ▸ Arrange Lane, Arrange Design and a lane's Arrange Lane: the layered layout runs in the background
 * (a large design takes a moment, with progress and Cancel), and its places become one undoable move. What
 * was edited meanwhile keeps its edit: only services that are still there, in the same zone, move.
 */
public final class Arranging {

    private final BackgroundWork work;
    private final Document document;
    private final EditPerformer edits;
    private final Selection selection;

    public Arranging(BackgroundWork work, Document document, EditPerformer edits, Selection selection) {
        this.work = work;
        this.document = document;
        this.edits = edits;
        this.selection = selection;
    }

    /** Lays out the whole design, lanes kept. */
    public void design() {
        Topology t = document.topology();
        work.start("Arrange design", progress -> LayeredArrangement.whole(t, progress), places -> apply("Arrange design", t, places));
    }

    /** Lays out one zone's lane; the other lanes stay as they are. */
    public void lane(String zoneId) {
        Topology t = document.topology();
        work.start("Arrange lane", progress -> LayeredArrangement.lane(t, zoneId, progress),
                places -> apply("Arrange lane " + zoneId, t, places));
    }

    /** Lays out the lanes of the selected services, one after the other as one step. */
    public void lanesOfSelection() {
        Topology t = document.topology();
        List<String> zones = selection.ids().stream().map(t::service).filter(Objects::nonNull).map(Service::zone).distinct().toList();
        if (zones.isEmpty()) {
            return;
        }
        work.start("Arrange lane", progress -> {
            Map<String, Position> places = new HashMap<>();
            for (String zone : zones) {
                places.putAll(LayeredArrangement.lane(t, zone, progress));
            }
            return places;
        }, places -> apply(zones.size() == 1 ? "Arrange lane " + zones.get(0) : "Arrange " + zones.size() + " lanes", t, places));
    }

    private void apply(String name, Topology arranged, Map<String, Position> places) {
        edits.perform(name, now -> {
            Map<String, Placement> placements = new HashMap<>();
            places.forEach((id, position) -> {
                Service before = arranged.service(id);
                Service service = now.service(id);
                if (service != null && service.zone().equals(before.zone())) {
                    placements.put(id, new Placement(service.zone(), position));
                }
            });
            return TopologyEdits.moveServices(now, placements);
        });
    }
}
