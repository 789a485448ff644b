package io.zonewright.ui.files;

import io.zonewright.compare.AuditResult;
import io.zonewright.compare.Deployed;
import io.zonewright.compare.Drift;
import io.zonewright.compare.DriftWaivers;
import io.zonewright.compare.Party;
import io.zonewright.edit.DriftAdoption;
import io.zonewright.edit.TopologyEdits;
import io.zonewright.export.ExportOptions;
import io.zonewright.model.Topology;
import io.zonewright.report.AuditFormat;
import io.zonewright.ui.common.BackgroundWork;
import io.zonewright.ui.common.Latest;
import io.zonewright.ui.common.Notices;
import io.zonewright.ui.diagram.DiagramView;
import io.zonewright.ui.diagram.DriftMarks;
import io.zonewright.ui.document.Document;
import io.zonewright.ui.document.EditorActions;
import io.zonewright.ui.document.Selection;
import io.zonewright.ui.document.WaiverDialog;
import io.zonewright.ui.panels.AuditPanel;
import io.zonewright.ui.panels.PanelTabs;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * File ▸ Audit Against…: reads what is deployed once, then audits the design against it after every edit,
 * off the user-interface thread, and shows the drift on the diagram and in the Audit tab. Adopting or
 * waiving a drift is an edit like any other: it can be undone, and the audit follows it.
 */
public final class Audits {

    private final Stage stage;
    private final Document document;
    private final EditorActions actions;
    private final BackgroundWork work;
    private final Notices notices;
    private final DiagramView diagram;
    private final Selection selection;
    private final Supplier<ExportOptions> options;
    private final TabPane panels;
    private final Tab tab = new Tab("Audit");
    private final AuditPanel panel;
    private final Latest latest = new Latest("zonewright-audit");
    private AuditDialog.Request request;
    private Deployed deployed;

    public Audits(Stage stage, Document document, EditorActions actions, BackgroundWork work, Notices notices, DiagramView diagram,
           Selection selection, Supplier<ExportOptions> options, TabPane panels) {
        this.stage = stage;
        this.document = document;
        this.actions = actions;
        this.work = work;
        this.notices = notices;
        this.diagram = diagram;
        this.selection = selection;
        this.options = options;
        this.panels = panels;
        this.panel = new AuditPanel(this::select, this::adopt, this::waive, () -> run(request), this::close);
        tab.setContent(panel);
        tab.setId("audit-tab");
        tab.setClosable(false);
        document.topologyProperty().addListener((obs, old, t) -> refresh());
    }

    public void ask() {
        AuditDialog.ask(stage, document.topology()).ifPresent(this::run);
    }

    /** Reads what the request names and audits the design against it; the files are read again on each run. */
    void run(AuditDialog.Request chosen) {
        work.start("Audit", progress -> BackgroundWork.ReadFailure.unlessReadable(
                Deployed.read(chosen.kubernetes(), chosen.hosts(), progress)), read -> {
            request = chosen;
            deployed = read;
            PanelTabs.show(panels, tab);
            refresh();
        });
    }

    public boolean isActive() {
        return deployed != null;
    }

    public AuditPanel panel() {
        return panel;
    }

    private void refresh() {
        if (deployed == null) {
            return;
        }
        Topology design = document.topology();
        Deployed against = deployed;
        ExportOptions exportedWith = options.get();
        latest.run(() -> against.audit(design, exportedWith, LocalDate.now()), results -> {
            diagram.showDrift(DriftMarks.of(design, results));
            // Last: the panel's summary says the audit is shown.
            panel.show(results);
        }, failure -> notices.show("The audit failed (" + io.zonewright.text.Visible.of(String.valueOf(failure)) + ")."));
    }

    private void select(AuditPanel.Row row) {
        List<String> ids = new ArrayList<>(row.drift().connections());
        for (Party p : List.of(row.drift().from(), row.drift().to())) {
            if (p instanceof Party.Named n && document.topology().service(n.key()) != null) {
                ids.add(n.key());
            }
        }
        selection.setAll(ids);
    }

    private void adopt(Drift drift) {
        actions.perform("Adopt " + DriftWaivers.target(drift), t -> DriftAdoption.adopt(t, drift));
    }

    private void waive(Drift drift) {
        WaiverDialog.ask(stage, DriftWaivers.rule(drift.kind()).id(), DriftWaivers.target(drift),
                        AuditFormat.word(drift.kind()) + ": " + DriftWaivers.target(drift))
                .ifPresent(w -> actions.perform("Waive " + w.rule() + " on " + w.target(), t -> TopologyEdits.addWaiver(t, w)));
    }

    void close() {
        deployed = null;
        request = null;
        latest.cancel();
        diagram.showDrift(DriftMarks.NONE);
        PanelTabs.remove(panels, tab);
    }
}
