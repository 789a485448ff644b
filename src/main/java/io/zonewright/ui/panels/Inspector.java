package io.zonewright.ui.panels;

import io.zonewright.edit.TopologyEdits;
import io.zonewright.edit.ZoneEdits;
import io.zonewright.model.Authentication;
import io.zonewright.model.Cidr;
import io.zonewright.model.Connection;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;
import io.zonewright.ui.common.EndLabels;
import io.zonewright.ui.document.EditPerformer;
import io.zonewright.ui.document.Selection;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The properties of the selected service or connection, in a ControlsFX property sheet. Text is committed
 * on Enter or when the field loses focus, as one undoable step; a bad value is marked and not applied.
 */
public final class Inspector extends VBox {

    private final ReadOnlyObjectProperty<Topology> topology;
    private final Selection selection;
    private final EditPerformer edits;
    private final Label title = new Label("Nothing selected");
    /** Made when something is first selected: an empty sheet costs a start as much as a full one. */
    private PropertySheet sheet;

    public Inspector(ReadOnlyObjectProperty<Topology> topology, Selection selection, EditPerformer edits) {
        this.topology = topology;
        this.selection = selection;
        this.edits = edits;
        setId("inspector");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        topology.addListener((obs, old, t) -> refresh());
        selection.ids().addListener((SetChangeListener<String>) c -> refresh());
        refresh();
    }

    private void refresh() {
        Topology t = topology.get();
        List<PropertySheet.Item> items = new ArrayList<>();
        if (selection.ids().size() == 1) {
            String id = selection.ids().iterator().next();
            Service s = t.service(id);
            Connection c = t.connection(id);
            Zone z = t.zone(id);
            if (z != null) {
                title.setText("Zone " + z.id());
                items.addAll(zoneItems(z));
            } else if (s != null) {
                title.setText("Service " + s.id());
                items.addAll(serviceItems(t, s));
            } else if (c != null) {
                title.setText("Connection " + c.id());
                items.addAll(connectionItems(t, c));
            }
        } else {
            title.setText(selection.ids().isEmpty() ? "Nothing selected" : selection.ids().size() + " selected");
        }
        if (sheet != null || !items.isEmpty()) {
            sheet().getItems().setAll(items);
        }
    }

    private PropertySheet sheet() {
        if (sheet == null) {
            sheet = new PropertySheet();
            sheet.setId("inspector-sheet");
            sheet.setModeSwitcherVisible(false);
            sheet.setSearchBoxVisible(false);
            sheet.setPropertyEditorFactory(InspectorEditors::create);
            VBox.setVgrow(sheet, Priority.ALWAYS);
            getChildren().add(sheet);
        }
        return sheet;
    }

    private List<PropertySheet.Item> serviceItems(Topology t, Service s) {
        String id = s.id();
        return List.of(
                InspectorItem.text("Service", "Name", s.name(), null, v -> replace(id, s.id(), v, s.zone(), s.kind(), s.listens(), s.addresses())),
                InspectorItem.choice("Service", "Kind", s.kind().yamlName(),
                        Arrays.stream(ServiceKind.values()).map(ServiceKind::yamlName).toList(),
                        v -> replace(id, s.id(), s.name(), s.zone(), ServiceKind.parse(v), s.listens(), s.addresses())),
                InspectorItem.choice("Service", "Zone", s.zone(), t.zones().stream().map(Zone::id).toList(),
                        v -> replace(id, s.id(), s.name(), v, s.kind(), s.listens(), s.addresses())),
                InspectorItem.text("Network", "Listens", join(s.listens()), list(PortSpec::parse),
                        v -> replace(id, s.id(), s.name(), s.zone(), s.kind(), parseList(v, PortSpec::parse), s.addresses())),
                InspectorItem.text("Network", "Addresses", join(s.addresses()), list(Cidr::parse),
                        v -> replace(id, s.id(), s.name(), s.zone(), s.kind(), s.listens(), parseList(v, Cidr::parse))));
    }

    private void replace(String id, String newId, String name, String zone, ServiceKind kind, List<PortSpec> listens,
                         List<Cidr> addresses) {
        edits.perform("Edit " + id, t -> {
            Service old = t.service(id);
            return TopologyEdits.replaceService(t, id, new Service(newId, name, zone, kind, listens, addresses,
                    old.deployment(), old.location()));
        });
    }

    private List<PropertySheet.Item> zoneItems(Zone z) {
        return List.of(
                InspectorItem.text("Zone", "Name", z.name(), null, v -> replace(z, v.strip(), z.role(), z.trust(), z.addresses())),
                InspectorItem.choice("Zone", "Role", z.role().yamlName(),
                        Arrays.stream(ZoneRole.values()).map(ZoneRole::yamlName).toList(),
                        v -> replace(z, z.name(), ZoneRole.parse(v), z.trust(), z.addresses())),
                InspectorItem.text("Zone", "Trust", Integer.toString(z.trust()), single(Integer::parseInt),
                        v -> replace(z, z.name(), z.role(), Integer.parseInt(v.strip()), z.addresses())),
                InspectorItem.text("Network", "Addresses", join(z.addresses()), list(Cidr::parse),
                        v -> replace(z, z.name(), z.role(), z.trust(), parseList(v, Cidr::parse))));
    }

    private void replace(Zone z, String name, ZoneRole role, int trust, List<Cidr> addresses) {
        edits.perform("Edit zone " + z.id(), t -> ZoneEdits.replace(t, z.id(),
                new Zone(z.id(), name, z.description(), role, trust, addresses, z.location())));
    }

    private List<PropertySheet.Item> connectionItems(Topology t, Connection c) {
        return List.of(
                InspectorItem.shown("Connection", "From", EndLabels.of(c.from(), t)),
                InspectorItem.shown("Connection", "To", EndLabels.of(c.to(), t)),
                InspectorItem.text("Connection", "Purpose", c.purpose(), null,
                        v -> replace(c, c.port(), v, c.auth())),
                InspectorItem.text("Connection", "Port", c.port().toString(), single(PortSpec::parse),
                        v -> replace(c, PortSpec.parse(v), c.purpose(), c.auth())),
                InspectorItem.choice("Connection", "Auth", c.auth().yamlName(),
                        Arrays.stream(Authentication.values()).map(Authentication::yamlName).toList(),
                        v -> replace(c, c.port(), c.purpose(), Authentication.parse(v))));
    }

    private void replace(Connection c, PortSpec port, String purpose, Authentication auth) {
        Connection edited = c.withDetails(port, purpose.strip(), auth);
        edits.perform("Edit connection " + c.id(), t -> TopologyEdits.replaceConnection(t, c.id(), edited));
        if (c.hasDerivedId() && !edited.id().equals(c.id())) {
            selection.select(edited.id());
        }
    }

    private static String join(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    private static <T> List<T> parseList(String text, Function<String, T> parse) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(p -> !p.isEmpty()).map(parse).toList();
    }

    /** A validator for a comma-separated list: the message of the first bad item, or null. */
    private static <T> Function<String, String> list(Function<String, T> parse) {
        return text -> {
            try {
                parseList(text, parse);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        };
    }

    private static <T> Function<String, String> single(Function<String, T> parse) {
        return text -> {
            try {
                parse.apply(text.strip());
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        };
    }
}
