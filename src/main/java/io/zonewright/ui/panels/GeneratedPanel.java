package io.zonewright.ui.panels;

import io.zonewright.export.Export;
import io.zonewright.export.ExportOptions;
import io.zonewright.export.Target;
import io.zonewright.export.TargetOutput;
import io.zonewright.export.view.Generated;
import io.zonewright.model.Connection;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.ui.document.ExportSettings;
import io.zonewright.ui.document.Selection;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What each target makes of the selected service or connection (its nft ruleset, iptables rules,
 * NetworkPolicy, security-group rules), beside the picture, as a policy editor shows its YAML. It follows
 * the design as it changes: the targets are exported again off the user-interface thread, only while the
 * panel is shown, and only the newest result is shown.
 */
public final class GeneratedPanel extends BorderPane implements AutoCloseable {

    private final ReadOnlyObjectProperty<Topology> topology;
    private final Selection selection;
    private final ObservableBooleanValue showing;
    private final Supplier<ExportSettings> settings;
    private final Label subject = new Label();
    private final Map<Target, TextArea> texts = new EnumMap<>(Target.class);
    private final PauseTransition debounce = new PauseTransition(Duration.millis(200));
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zonewright-generated");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    /** The outputs of the last export and the design they were made from, read and written on the worker only. */
    private Topology exportedFrom;
    private ExportOptions exportedWith;
    private List<TargetOutput> exported;

    public GeneratedPanel(ReadOnlyObjectProperty<Topology> topology, Selection selection, ObservableBooleanValue showing,
                   Supplier<ExportSettings> settings) {
        this.topology = topology;
        this.selection = selection;
        this.showing = showing;
        this.settings = settings;
        setId("generated-panel");
        subject.setId("generated-subject");
        subject.getStyleClass().add("generated-subject");
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Target t : Generated.TARGETS) {
            TextArea text = new TextArea();
            text.setId("generated-" + t.cliName());
            text.setEditable(false);
            text.getStyleClass().add("generated-text");
            texts.put(t, text);
            tabs.getTabs().add(new Tab(t.cliName(), text));
        }
        setTop(subject);
        setCenter(tabs);
        debounce.setOnFinished(e -> refresh());
        topology.addListener((obs, old, now) -> schedule());
        selection.ids().addListener((SetChangeListener<String>) c -> schedule());
        showing.addListener((obs, was, is) -> schedule());
        schedule();
    }

    private void schedule() {
        if (showing.get()) {
            debounce.playFromStart();
        }
    }

    private void refresh() {
        Topology design = topology.get();
        String id = selection.ids().size() == 1 ? selection.ids().iterator().next() : null;
        Service service = id == null ? null : design.service(id);
        Connection connection = id == null || service != null ? null : design.connection(id);
        if (service == null && connection == null) {
            subject.setText("Select one service or connection to see what each target makes of it.");
            texts.values().forEach(t -> t.setText(""));
            return;
        }
        subject.setText(service != null ? "Service " + service.displayName() + " (" + service.id() + ")"
                : "Connection " + connection.id());
        long mine = generation.incrementAndGet();
        ExportSettings options = settings.get();
        worker.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            if (exportedFrom != design || !options.options().equals(exportedWith)) {
                exported = Export.run(design, EnumSet.copyOf(Generated.TARGETS), options.options(), () -> null);
                exportedFrom = design;
                exportedWith = options.options();
            }
            Map<Target, String> made = service != null ? Generated.forService(exported, design, service)
                    : Generated.forConnection(exported, connection);
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    made.forEach((t, text) -> texts.get(t).setText(text));
                }
            });
        });
    }

    @Override
    public void close() {
        debounce.stop();
        worker.shutdownNow();
    }
}
