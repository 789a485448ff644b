package io.zonewright.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a user sees, kept under target/screenshots for a person to look at after a UI change. */
final class Screenshots {

    private Screenshots() {
    }

    static void take(FxRobot robot, Window window, String name) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = window.getScene().snapshot(null));
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", shots.resolve(name).toFile());
    }
}
