package io.zonewright.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits until a scene's first frame has been drawn: what a start need not be slowed by. */
final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code then} on the FX thread once the scene has been laid out and that frame drawn. */
    static void then(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // The pulse that laid the scene out renders it right after: what is queued now runs past that frame.
                Platform.runLater(then);
            }
        });
    }
}
