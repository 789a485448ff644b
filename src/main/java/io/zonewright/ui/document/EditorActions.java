package io.zonewright.ui.document;

import io.zonewright.analysis.Finding;
import io.zonewright.edit.EditRefusedException;
import io.zonewright.edit.TopologyEdits.Placement;
import io.zonewright.edit.TopologyEdits;
import io.zonewright.edit.ZoneEdits;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Position;
import io.zonewright.model.Service;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.Topology;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What the architect does to the design, from the diagram, the keyboard and the panels: each action is
 * one named, undoable step. Nothing changes while {@code readOnly} says so (review mode).
 */
public final class EditorActions implements DiagramEdits, EditPerformer {

    private final Stage stage;
    private final Document document;
    private final UndoManager undo;
    private final Selection selection;
    private final BooleanSupplier readOnly;
    private final Consumer<String> refused;
    private List<Service> clipboard = List.of();

    public EditorActions(Stage stage, Document document, UndoManager undo, Selection selection, BooleanSupplier readOnly,
                  Consumer<String> refused) {
        this.stage = stage;
        this.document = document;
        this.undo = undo;
        this.selection = selection;
        this.readOnly = readOnly;
        this.refused = refused;
    }

    /** Performs an edit as one undo step; one that would leave the design invalid is refused with a notice. */
    @Override
    public void perform(String name, UnaryOperator<Topology> edit) {
        if (readOnly.getAsBoolean()) {
            return;
        }
        try {
            undo.perform(name, edit);
        } catch (EditRefusedException e) {
            refused.accept(name + " refused: " + e.getMessage() + ".");
        }
    }

    @Override
    public void addService(ServiceKind kind, String zone, Position position) {
        perform("Add " + kind.yamlName(), t -> TopologyEdits.addService(t, kind, zone, position));
    }

    @Override
    public void moveServices(Map<String, Placement> placements) {
        perform(placements.size() == 1 ? "Move " + placements.keySet().iterator().next() : "Move " + placements.size() + " services",
                t -> TopologyEdits.moveServices(t, placements));
    }

    @Override
    public void connect(String fromService, Endpoint to) {
        perform("Connect " + fromService + " to " + to.text(), t -> TopologyEdits.connect(t, fromService, to));
    }

    @Override
    public void moveZone(String zoneId, int index) {
        perform("Move zone " + zoneId, t -> ZoneEdits.moveTo(t, zoneId, index));
    }

    @Override
    public void rename(String serviceId, String newName) {
        Service s = document.topology().service(serviceId);
        if (s != null && !newName.equals(s.displayName())) {
            perform("Rename " + serviceId, t -> TopologyEdits.replaceService(t, serviceId, s.withName(newName)));
        }
    }

    public void deleteSelection() {
        List<String> ids = new ArrayList<>(selection.ids());
        if (!ids.isEmpty()) {
            perform(ids.size() == 1 ? "Delete " + ids.get(0) : "Delete " + ids.size() + " elements", t -> TopologyEdits.remove(t, ids));
        }
    }

    public void nudge(DiagramLayout layout, double dx, double dy) {
        Map<String, Placement> placements = new HashMap<>();
        for (String id : selection.ids()) {
            DiagramLayout.Box box = layout.box(id);
            if (box != null) {
                DiagramLayout.Lane lane = layout.lane(box.service().zone());
                placements.put(id, new Placement(box.service().zone(), new Position(
                        Math.max(DiagramLayout.LANE_HEADER, box.x() + dx), Math.max(0, box.y() - lane.y() + dy))));
            }
        }
        if (!placements.isEmpty()) {
            perform("Nudge", t -> TopologyEdits.moveServices(t, placements));
        }
    }

    public void copy() {
        clipboard = selection.ids().stream().map(document.topology()::service).filter(Objects::nonNull).toList();
    }

    public void paste(DiagramLayout layout) {
        if (clipboard.isEmpty()) {
            return;
        }
        Map<String, Position> positions = new HashMap<>();
        List<Service> present = new ArrayList<>();
        for (Service s : clipboard) {
            DiagramLayout.Lane lane = layout.lane(s.zone());
            if (lane != null) {
                DiagramLayout.Box box = layout.box(s.id());
                Position p = box == null ? DiagramLayout.autoPosition(0) : new Position(box.x() + 24, box.y() - lane.y() + 24);
                positions.put(s.id(), p);
                present.add(s);
            }
        }
        perform("Paste " + present.size() + (present.size() == 1 ? " service" : " services"),
                t -> TopologyEdits.addCopies(t, present, positions));
    }

    public void waive(Finding finding) {
        WaiverDialog.ask(stage, finding).ifPresent(w -> perform("Waive " + finding.rule() + " on " + finding.target(),
                t -> TopologyEdits.addWaiver(t, w)));
    }

    public void selectAll() {
        selection.setAll(document.topology().services().stream().map(Service::id).toList());
    }
}
