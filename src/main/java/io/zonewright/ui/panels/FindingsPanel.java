package io.zonewright.ui.panels;

import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Report;
import io.zonewright.analysis.Severity;
import io.zonewright.analysis.WaivedFinding;
import io.zonewright.model.Waiver;
import io.zonewright.ui.common.Columns;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The findings of the live analysis, worst first, filtered by severity and rule, and on request the waived
 * ones after them with their owner and expiry. Selecting one frames its elements on the diagram and shows
 * it whole beside the table; a finding can be waived from here.
 */
public final class FindingsPanel extends VBox {

    private static final String ALL = "all";
    private static final PseudoClass WAIVED = PseudoClass.getPseudoClass("waived");

    private final TableView<Finding> table = new TableView<>();
    private final ComboBox<String> severity = new ComboBox<>();
    private final ComboBox<String> rule = new ComboBox<>();
    private final CheckBox showWaived = new CheckBox("Show waived");
    private final FindingDetail detail;
    /** The waiver of each waived finding shown, by identity: a finding's record equality reads all of it. */
    private final Map<Finding, Waiver> waivers = new IdentityHashMap<>();
    private final ReadOnlyObjectProperty<Report> report;
    private boolean refreshing;

    public FindingsPanel(ReadOnlyObjectProperty<Report> report, Consumer<Finding> onSelect, Consumer<Finding> onWaive,
                  Function<String, String> nameOf) {
        this.report = report;
        this.detail = new FindingDetail(nameOf);
        getStyleClass().add("findings-panel");
        setId("findings");
        table.setId("findings-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Severity and rule are short and always read whole; the message takes what is left.
        TableColumn<Finding, String> severityColumn = Columns.text("Severity", f -> f.severity().label(), 80);
        TableColumn<Finding, String> ruleColumn = Columns.text("Rule", Finding::rule, 64);
        severityColumn.setMinWidth(80);
        ruleColumn.setMinWidth(64);
        table.getColumns().add(severityColumn);
        table.getColumns().add(ruleColumn);
        table.getColumns().add(Columns.text("Finding", Finding::message, 500));
        TableColumn<Finding, String> waived = Columns.text("Waived", this::waivedBy, 160);
        waived.visibleProperty().bind(showWaived.selectedProperty());
        table.getColumns().add(waived);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(Finding item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(WAIVED, !empty && item != null && waivers.containsKey(item));
            }
        });
        table.setPlaceholder(new Label("No findings"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            detail.show(f, f == null ? null : waivers.get(f));
            if (f != null) {
                onSelect.accept(f);
            }
        });
        MenuItem waive = new MenuItem("Waive…");
        waive.setOnAction(e -> {
            Finding f = table.getSelectionModel().getSelectedItem();
            if (f != null) {
                onWaive.accept(f);
            }
        });
        table.setContextMenu(new ContextMenu(waive));
        Button waiveButton = new Button("Waive…");
        waiveButton.setId("waive-button");
        waiveButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Finding chosen = table.getSelectionModel().getSelectedItem();
            return chosen == null || waivers.containsKey(chosen);
        }, table.getSelectionModel().selectedItemProperty()));
        waiveButton.setOnAction(waive.getOnAction());

        severity.setId("severity-filter");
        severity.getItems().add(ALL);
        for (Severity s : Severity.values()) {
            severity.getItems().add(s.label());
        }
        severity.setValue(ALL);
        rule.setId("rule-filter");
        rule.setValue(ALL);
        severity.valueProperty().addListener((obs, old, v) -> refresh());
        rule.valueProperty().addListener((obs, old, v) -> refresh());
        showWaived.setId("show-waived");
        showWaived.selectedProperty().addListener((obs, old, v) -> refresh());
        HBox filters = new HBox(8, new Label("Severity"), severity, new Label("Rule"), rule, showWaived, waiveButton);
        filters.getStyleClass().add("filters");
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        SplitPane body = new SplitPane(table, detail);
        body.setDividerPositions(0.62);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(filters, body);
        report.addListener((obs, old, r) -> refresh());
        refresh();
    }

    private void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        try {
            fill(report.get());
        } finally {
            refreshing = false;
        }
    }

    private void fill(Report r) {
        String chosenRule = rule.getValue();
        rule.getItems().setAll(ALL);
        Stream.concat(r.findings().stream(), r.waived().stream().map(WaivedFinding::finding))
                .map(Finding::rule).distinct().sorted().forEach(rule.getItems()::add);
        rule.setValue(rule.getItems().contains(chosenRule) ? chosenRule : ALL);
        showWaived.setText("Show waived (" + r.waived().size() + ")");
        waivers.clear();
        List<Finding> rows = new ArrayList<>(r.findings());
        if (showWaived.isSelected()) {
            for (WaivedFinding w : r.waived()) {
                waivers.put(w.finding(), w.waiver());
                rows.add(w.finding());
            }
        }
        table.setItems(FXCollections.observableArrayList(rows.stream()
                .filter(f -> ALL.equals(severity.getValue()) || f.severity().label().equals(severity.getValue()))
                .filter(f -> ALL.equals(rule.getValue()) || f.rule().equals(rule.getValue()))
                .toList()));
    }

    private String waivedBy(Finding finding) {
        Waiver w = waivers.get(finding);
        return w == null ? "" : w.owner() + ", until " + w.expires();
    }

    TableView<Finding> table() {
        return table;
    }
}
