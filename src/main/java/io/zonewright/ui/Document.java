package io.zonewright.ui;

import io.zonewright.model.Topology;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.List;

/** The design being edited: its topology, the file it belongs to (null until saved) and whether it changed. */
public final class Document {

    private final ObjectProperty<Topology> topology = new SimpleObjectProperty<>(this, "topology");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final StringProperty title = new SimpleStringProperty(this, "title");

    public Document(Topology initial, Path file) {
        this.topology.set(initial);
        this.file.set(file);
        title.bind(javafx.beans.binding.Bindings.createStringBinding(this::computeTitle, this.file, dirty, this.topology));
    }

    public static Topology empty() {
        return new Topology("Untitled design", "", List.of(), List.of(), List.of(), List.of(), List.of(), java.util.Map.of());
    }

    private String computeTitle() {
        String name = file.get() != null ? file.get().getFileName().toString()
                : topology.get().name().isEmpty() ? "Untitled" : topology.get().name();
        return (dirty.get() ? "• " : "") + name + " — Zonewright";
    }

    public ObjectProperty<Topology> topologyProperty() {
        return topology;
    }

    public Topology topology() {
        return topology.get();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Replaces the whole document, as after Open: clean, with a new file. */
    public void replace(Topology newTopology, Path newFile) {
        topology.set(newTopology);
        file.set(newFile);
        dirty.set(false);
    }
}
