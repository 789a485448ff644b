package io.zonewright.ui.panels;

import io.zonewright.model.Connection;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Topology;
import io.zonewright.ui.common.EndLabels;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Function;

/**
 * The documentation table of the article (Source, Destination, Port, Protocol, Purpose): sortable,
 * filterable, and editable in place for the port and the purpose.
 */
public final class ConnectionsTable extends VBox {

    /** Receives an edited connection; becomes one undoable step. */
    public interface Editor {
        void replace(String connectionId, Connection edited);
    }

    private final TableView<Connection> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Editor editor;
    private final ErrorReporter errors;

    /** Tells the user why an edit was refused. */
    public interface ErrorReporter {
        void refused(String message);
    }

    public ConnectionsTable(ReadOnlyObjectProperty<Topology> topology, Editor editor, ErrorReporter errors) {
        this.editor = editor;
        this.errors = errors;
        setId("connections");
        table.setId("connections-table");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Source", c -> EndLabels.of(c.from(), topology.get())));
        table.getColumns().add(column("Destination", c -> EndLabels.of(c.to(), topology.get())));
        TableColumn<Connection, String> port = column("Port", c -> c.port().protocol().hasPorts() ? c.port().ports().toString() : "");
        port.setCellFactory(TextFieldTableCell.forTableColumn());
        port.setOnEditCommit(e -> editPort(e.getRowValue(), e.getNewValue()));
        table.getColumns().add(port);
        table.getColumns().add(column("Protocol", c -> c.port().protocol().yamlName().toUpperCase(Locale.ROOT)));
        TableColumn<Connection, String> purpose = column("Purpose", Connection::purpose);
        purpose.setCellFactory(TextFieldTableCell.forTableColumn());
        purpose.setOnEditCommit(e -> {
            Connection c = e.getRowValue();
            editor.replace(c.id(), c.withDetails(c.port(), e.getNewValue().strip(), c.auth()));
        });
        table.getColumns().add(purpose);
        table.getColumns().add(column("Auth", c -> c.auth().yamlName()));

        filter.setId("connections-filter");
        filter.setPromptText("Filter connections");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filter, table);

        topology.addListener((obs, old, t) -> {
            if (old == null || old.connections() != t.connections()) {
                show(t);
            }
        });
        filter.textProperty().addListener((obs, old, text) -> show(topology.get()));
        show(topology.get());
    }

    private void show(Topology t) {
        String needle = filter.getText() == null ? "" : filter.getText().toLowerCase(Locale.ROOT);
        FilteredList<Connection> filtered = new FilteredList<>(FXCollections.observableArrayList(t.connections()),
                c -> needle.isEmpty() || (EndLabels.of(c.from(), t) + " " + EndLabels.of(c.to(), t) + " " + c.port() + " " + c.purpose())
                        .toLowerCase(Locale.ROOT).contains(needle));
        SortedList<Connection> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(t.connections().isEmpty() ? "No connections: drag from a service's handle to another"
                : "No connection matches the filter"));
    }

    private void editPort(Connection c, String text) {
        PortSpec port;
        try {
            port = PortSpec.parse(text.strip() + "/" + c.port().protocol().yamlName());
        } catch (IllegalArgumentException e) {
            errors.refused(e.getMessage());
            table.refresh();
            return;
        }
        editor.replace(c.id(), c.withDetails(port, c.purpose(), c.auth()));
    }

    TableView<Connection> table() {
        return table;
    }

    private static TableColumn<Connection, String> column(String name, Function<Connection, String> value) {
        TableColumn<Connection, String> column = new TableColumn<>(name);
        column.setId("column-" + name.toLowerCase(Locale.ROOT));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }
}
