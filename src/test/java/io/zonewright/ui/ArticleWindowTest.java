package io.zonewright.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;

/**
 * A UI test on a window of its own over a copy of the article sample, with preferences that are the
 * test's and go with it; the window closes after each test so that nothing of it acts on the next.
 */
@ExtendWith(ApplicationExtension.class)
abstract class ArticleWindowTest {

    @TempDir
    static Path dir;

    final Preferences preferences = Preferences.userRoot().node("zonewright-tests/" + UUID.randomUUID());
    MainWindow window;
    Path design;
    private Stage stage;

    /** Each test class's {@code @Start} calls this: TestFX looks for that method on the test class itself. */
    void open(Stage stage) throws IOException {
        this.stage = stage;
        window = TestWindows.onArticleCopy(stage, dir, getClass().getSimpleName(), preferences);
        design = window.document().fileProperty().get();
    }

    @AfterEach
    void closeAndForgetPreferences() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
        preferences.removeNode();
    }
}
