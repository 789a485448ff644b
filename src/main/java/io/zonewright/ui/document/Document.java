package io.zonewright.ui.document;

import io.zonewright.model.SourceLocation;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The design being edited: its topology, the file it belongs to (null until saved), and whether it differs
 * from what was last opened or saved. Dirty is derived, so undoing back to the saved state is clean again.
 */
public final class Document {

    private final ReadOnlyObjectWrapper<Topology> topology = new ReadOnlyObjectWrapper<>(this, "topology");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final StringProperty title = new SimpleStringProperty(this, "title");
    /** How many times a whole new design has been put in (open, new, import): the view frames each one. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper replacements =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "replacements");
    private Topology saved;

    public Document(Topology initial, Path file) {
        this.topology.set(initial);
        this.saved = initial;
        this.file.set(file);
        topology.addListener((obs, old, now) -> dirty.set(now != saved));
        title.bind(Bindings.createStringBinding(this::computeTitle, this.file, dirty, topology));
    }

    /**
     * A new design: no services yet, but the five zones of the isolation model, so that services can be
     * dragged onto their lanes at once. Everything else is denied until the policy says otherwise.
     */
    public static Topology empty() {
        List<Zone> zones = List.of(
                zone("internet", "Internet", ZoneRole.EXTERNAL, 0),
                zone("public", "Public", ZoneRole.PUBLIC, 10),
                zone("application", "Application", ZoneRole.APPLICATION, 20),
                zone("data", "Data", ZoneRole.DATA, 30),
                zone("management", "Management", ZoneRole.MANAGEMENT, 40));
        return new Topology("Untitled design", "", zones, List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    private static Zone zone(String id, String name, ZoneRole role, int trust) {
        return new Zone(id, name, "", role, trust, List.of(), SourceLocation.UNKNOWN);
    }

    private String computeTitle() {
        return (dirty.get() ? "• " : "") + displayName() + " — Zonewright";
    }

    /** How dialogs name the design: its file, or its name while it has none. */
    public String displayName() {
        return file.get() != null ? file.get().getFileName().toString()
                : topology.get().name().isEmpty() ? "Untitled" : topology.get().name();
    }

    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public Topology topology() {
        return topology.get();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** An edit: the new topology becomes current. */
    public void edit(Topology next) {
        topology.set(next);
    }

    /** Replaces the whole document, as after Open or New: clean, with a new file. */
    public void replace(Topology newTopology, Path newFile) {
        saved = newTopology;
        file.set(newFile);
        topology.set(newTopology);
        dirty.set(false);
        replacements.set(replacements.get() + 1);
    }

    /** A design that no file holds yet, as an import makes: untitled, and unsaved until it is saved. */
    public void replaceUnsaved(Topology newTopology) {
        saved = null;
        file.set(null);
        topology.set(newTopology);
        dirty.set(true);
        replacements.set(replacements.get() + 1);
    }

    public javafx.beans.property.ReadOnlyIntegerProperty replacementsProperty() {
        return replacements.getReadOnlyProperty();
    }

    /** The file now holds {@code written}: the document is clean unless it was edited since. */
    public void markSaved(Path savedTo, Topology written) {
        saved = written;
        file.set(savedTo);
        dirty.set(topology.get() != written);
    }
}
