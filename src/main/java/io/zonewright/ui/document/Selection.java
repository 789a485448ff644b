package io.zonewright.ui.document;

import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.Collection;

/** The ids of the selected services and connections. */
public final class Selection {

    private final ObservableSet<String> ids = FXCollections.observableSet();

    public ObservableSet<String> ids() {
        return ids;
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public void select(String id) {
        setAll(java.util.List.of(id));
    }

    public void toggle(String id) {
        if (!ids.remove(id)) {
            ids.add(id);
        }
    }

    public void setAll(Collection<String> newIds) {
        ids.retainAll(newIds);
        ids.addAll(newIds);
    }

    public void clear() {
        ids.clear();
    }
}
