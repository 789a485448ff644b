package io.zonewright.ui.document;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last designs opened or saved, newest first, kept in the user's preferences. */
public final class RecentFiles {

    private static final int KEEP = 8;
    private static final String KEY = "recent.";

    private final Preferences prefs;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        for (int i = 0; i < KEEP; i++) {
            String value = prefs.get(KEY + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
    }

    public ObservableList<Path> files() {
        return files;
    }

    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        files.setAll(next.subList(0, Math.min(KEEP, next.size())));
        for (int i = 0; i < KEEP; i++) {
            if (i < files.size()) {
                prefs.put(KEY + i, files.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
    }
}
