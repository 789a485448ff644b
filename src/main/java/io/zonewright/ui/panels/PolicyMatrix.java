package io.zonewright.ui.panels;

import io.zonewright.edit.TopologyEdits;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.ui.document.EditPerformer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The zone policy as a matrix, source zones down, destination zones across: a ticked cell allows the
 * crossing, on the ports written under it (empty means any port). Everything unticked is denied.
 */
public final class PolicyMatrix extends ScrollPane {

    private final EditPerformer edits;
    private final Consumer<String> errors;
    private final GridPane grid = new GridPane();
    /** One for every cell: a tooltip is a window of its own, and a large design has hundreds of cells. */
    private final Tooltip portsHint = new Tooltip("Ports allowed across, e.g. 443/tcp, 8000-8090/tcp; empty for any port");

    public PolicyMatrix(ReadOnlyObjectProperty<Topology> topology, EditPerformer edits, Consumer<String> errors) {
        this.edits = edits;
        this.errors = errors;
        setId("policy-matrix");
        grid.getStyleClass().add("policy-grid");
        grid.setHgap(6);
        grid.setVgap(6);
        setContent(grid);
        topology.addListener((obs, old, t) -> {
            if (old == null || old.zones() != t.zones() || old.policy() != t.policy()) {
                show(t);
            }
        });
        show(topology.get());
    }

    private void show(Topology t) {
        grid.getChildren().clear();
        List<Zone> zones = t.zones();
        grid.add(new Label("from \\ to"), 0, 0);
        for (int c = 0; c < zones.size(); c++) {
            grid.add(header(zones.get(c)), c + 1, 0);
        }
        for (int r = 0; r < zones.size(); r++) {
            Zone from = zones.get(r);
            grid.add(header(from), 0, r + 1);
            for (int c = 0; c < zones.size(); c++) {
                Zone to = zones.get(c);
                grid.add(from == to ? new Label("—") : cell(t, from, to), c + 1, r + 1);
            }
        }
    }

    private static Label header(Zone zone) {
        Label label = new Label(zone.displayName());
        label.getStyleClass().add("policy-header");
        return label;
    }

    private VBox cell(Topology t, Zone from, Zone to) {
        PolicyRule rule = t.policyRule(from.id(), to.id());
        CheckBox allow = new CheckBox("allow");
        allow.setId("policy-" + from.id() + "-" + to.id());
        allow.setSelected(rule != null);
        TextField ports = new TextField(rule == null ? "" : String.join(", ", rule.ports().stream().map(PortSpec::toString).toList()));
        ports.setPromptText("any port");
        ports.setPrefColumnCount(9);
        ports.setDisable(rule == null);
        ports.setTooltip(portsHint);
        allow.setOnAction(e -> apply(from, to, allow.isSelected(), ports.getText()));
        ports.setOnAction(e -> apply(from, to, true, ports.getText()));
        VBox box = new VBox(2, allow, ports);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void apply(Zone from, Zone to, boolean allowed, String portText) {
        List<PortSpec> ports = new ArrayList<>();
        try {
            for (String part : Arrays.stream(portText.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList()) {
                ports.add(PortSpec.parse(part));
            }
        } catch (IllegalArgumentException e) {
            errors.accept("Zone policy " + from.id() + " -> " + to.id() + ": " + e.getMessage());
            return;
        }
        String name = (allowed ? "Allow " : "Deny ") + from.id() + " -> " + to.id();
        edits.perform(name, t -> TopologyEdits.setCrossing(t, from.id(), to.id(), allowed, ports));
    }
}
