package io.zonewright.ui.panels;

import io.zonewright.compare.AuditResult;
import io.zonewright.compare.Cause;
import io.zonewright.compare.Drift;
import io.zonewright.report.AuditFormat;
import io.zonewright.ui.common.Columns;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The drift an audit found, beside the diagram: each difference with what it was audited against and the
 * rule that causes it. An extra or broader flow can be adopted into the design or waived from here.
 */
public final class AuditPanel extends VBox {

    /** A line of the list: a drift, and whether the design waives it. */
    public record Row(AuditResult audit, Drift drift, boolean waived) {

        public String kind() {
            return waived ? "waived " + AuditFormat.word(drift.kind()) : AuditFormat.word(drift.kind());
        }
    }

    private final TableView<Row> table = new TableView<>();
    private final Label summary = new Label();

    public AuditPanel(Consumer<Row> onSelect, Consumer<Drift> onAdopt, Consumer<Drift> onWaive, Runnable onRerun, Runnable onClose) {
        setId("audit");
        getStyleClass().add("findings-panel");
        summary.setId("audit-summary");
        table.setId("audit-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("Drift", Row::kind, 90));
        table.getColumns().add(Columns.text("From", r -> r.drift().from().label(), 160));
        table.getColumns().add(Columns.text("To", r -> r.drift().to().label(), 160));
        table.getColumns().add(Columns.text("Ports", r -> r.drift().ports().toString(), 110));
        table.getColumns().add(Columns.text("Against", r -> r.audit().against(), 160));
        table.getColumns().add(Columns.text("Cause", r -> String.join("; ", r.drift().causes().stream().map(Cause::toString).toList()), 360));
        table.setPlaceholder(new Label("No drift: what is deployed allows exactly what the design documents"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("drift-row-missing", "drift-row-extra", "drift-row-broader", "drift-row-waived");
                if (!empty && row != null) {
                    getStyleClass().add(row.waived() ? "drift-row-waived" : "drift-row-" + AuditFormat.word(row.drift().kind()));
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                onSelect.accept(row);
            }
        });
        Button adopt = button("Adopt into Design", "audit-adopt", onAdopt);
        Button waive = button("Waive…", "audit-waive", onWaive);
        Button rerun = new Button("Read Again");
        rerun.setId("audit-rerun");
        rerun.setOnAction(e -> onRerun.run());
        Button close = new Button("Close Audit");
        close.setId("audit-close");
        close.setOnAction(e -> onClose.run());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, spring, adopt, waive, rerun, close);
        bar.getStyleClass().add("filters");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    /** An action on the selected drift: not for what is missing (documented already) nor what is waived. */
    private Button button(String text, String id, Consumer<Drift> action) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Row row = table.getSelectionModel().getSelectedItem();
            return row == null || row.waived() || row.drift().kind() == Drift.Kind.MISSING && id.equals("audit-adopt");
        }, table.getSelectionModel().selectedItemProperty()));
        button.setOnAction(e -> action.accept(table.getSelectionModel().getSelectedItem().drift()));
        return button;
    }

    public void show(List<AuditResult> audits) {
        List<Row> rows = new ArrayList<>();
        long missing = 0;
        long extra = 0;
        long broader = 0;
        long waived = 0;
        for (AuditResult a : audits) {
            a.drifts().forEach(d -> rows.add(new Row(a, d, false)));
            a.waived().forEach(w -> rows.add(new Row(a, w.drift(), true)));
            missing += a.count(Drift.Kind.MISSING);
            extra += a.count(Drift.Kind.EXTRA);
            broader += a.count(Drift.Kind.BROADER);
            waived += a.waived().size();
        }
        table.setItems(FXCollections.observableArrayList(rows));
        summary.setText(missing + " missing, " + extra + " extra, " + broader + " broader" + (waived == 0 ? "" : ", " + waived + " waived")
                + " against " + audits.size() + (audits.size() == 1 ? " deployment" : " deployments"));
    }

    public TableView<Row> table() {
        return table;
    }

    public String summary() {
        return summary.getText();
    }
}
