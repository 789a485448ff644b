package io.zonewright.ui.diagram;

import io.zonewright.edit.ZoneEdits;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;
import io.zonewright.ui.document.EditPerformer;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The menu of a zone's lane: add a zone, rename this one, move it along the trust order, delete it (its
 * services moved to a zone the user picks), arrange its services. Each is one undoable step; its name, role, trust and addresses
 * are also in the inspector when the lane's title is clicked.
 */
public final class ZoneMenu {

    private final EditPerformer edits;
    private final Consumer<String> arrange;
    private final Supplier<Topology> topology;
    private final Supplier<Window> owner;

    public ZoneMenu(EditPerformer edits, Consumer<String> arrange, Supplier<Topology> topology, Supplier<Window> owner) {
        this.edits = edits;
        this.arrange = arrange;
        this.topology = topology;
        this.owner = owner;
    }

    ContextMenu of(Zone zone) {
        String id = zone.id();
        List<Zone> zones = topology.get().zones();
        MenuItem rename = item("Rename…", "zone-rename", () -> rename(zone));
        MenuItem up = item("Move Up (less trusted)", "zone-up", () -> edits.perform("Move zone " + id + " up", t -> ZoneEdits.move(t, id, -1)));
        up.setDisable(zones.get(0).id().equals(id));
        MenuItem down = item("Move Down (more trusted)", "zone-down", () -> edits.perform("Move zone " + id + " down", t -> ZoneEdits.move(t, id, 1)));
        down.setDisable(zones.get(zones.size() - 1).id().equals(id));
        MenuItem delete = item("Delete Zone…", "zone-delete", () -> delete(zone));
        Menu add = new Menu("Add Zone");
        add.setId("zone-add");
        for (ZoneRole role : ZoneRole.values()) {
            add.getItems().add(item(role.yamlName(), "zone-add-" + role.yamlName(),
                    () -> edits.perform("Add zone", t -> ZoneEdits.add(t, role))));
        }
        MenuItem arrangeLane = item("Arrange Lane", "zone-arrange", () -> arrange.accept(id));
        return new ContextMenu(arrangeLane, new SeparatorMenuItem(), rename, up, down, delete, add);
    }

    private void rename(Zone zone) {
        TextInputDialog dialog = new TextInputDialog(zone.displayName());
        dialog.initOwner(owner.get());
        dialog.setTitle("Rename zone");
        dialog.setHeaderText("A new name for the zone " + zone.id() + " (its id stays)");
        dialog.getEditor().setId("zone-name");
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name ->
                edits.perform("Rename zone " + zone.id(), t -> {
                    Zone z = t.zone(zone.id());
                    return ZoneEdits.replace(t, z.id(), new Zone(z.id(), name, z.description(), z.role(), z.trust(),
                            z.addresses(), z.location()));
                }));
    }

    /** Deletes at once a zone without services; for one with services, asks where they go. */
    private void delete(Zone zone) {
        Topology t = topology.get();
        int living = t.servicesIn(zone.id()).size();
        if (living == 0) {
            edits.perform("Delete zone " + zone.id(), next -> ZoneEdits.delete(next, zone.id(), null));
            return;
        }
        List<String> others = t.zones().stream().map(Zone::id).filter(z -> !z.equals(zone.id())).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(others.isEmpty() ? null : others.get(0), others);
        dialog.initOwner(owner.get());
        dialog.setTitle("Delete zone");
        dialog.setHeaderText(living + (living == 1 ? " service lives" : " services live") + " in " + zone.displayName()
                + ": move " + (living == 1 ? "it" : "them") + " to");
        dialog.showAndWait().ifPresent(into ->
                edits.perform("Delete zone " + zone.id(), next -> ZoneEdits.delete(next, zone.id(), into)));
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }
}
