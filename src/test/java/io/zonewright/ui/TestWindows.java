package io.zonewright.ui;

import io.zonewright.Designs;
import io.zonewright.io.RecoveryStore;
import io.zonewright.ui.document.Document;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/** Windows for UI tests: on a copy of a sample that a test may change, with recovery copies under its folder. */
final class TestWindows {

    private TestWindows() {
    }

    /** A shown window on a fresh copy of the article sample, named {@code prefix-<nanos>.yaml} in {@code dir}. */
    static MainWindow onArticleCopy(Stage stage, Path dir, String prefix, Preferences preferences) throws IOException {
        Path design = Files.copy(Designs.ARTICLE, dir.resolve(prefix + "-" + System.nanoTime() + ".yaml"));
        MainWindow window = new MainWindow(stage, new Document(Designs.load(design), design),
                new RecoveryStore(dir.resolve("recovery")), preferences);
        window.show();
        return window;
    }
}
