package io.zonewright.ui.common;

import io.zonewright.io.Progress;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Long work (reading a cluster, a hundred rulesets) off the user-interface thread. When it lasts, a dialog
 * shows how far it has gone and lets the user cancel it: the work stops at its next step and its result is
 * dropped. A failure is shown in a dialog; nothing in the window changes unless the work succeeds.
 */
public final class BackgroundWork {

    /** Work that reports its steps; it may be stopped at any of them. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Quick work shows no dialog: one flashing by would only distract. */
    static final Duration SHOW_AFTER = Duration.millis(300);

    private final Stage owner;
    private final Notices notices;
    private Duration showAfter = SHOW_AFTER;

    public BackgroundWork(Stage owner, Notices notices) {
        this.owner = owner;
        this.notices = notices;
    }

    /** For tests: when the progress dialog appears. */
    public void showProgressAfter(Duration delay) {
        showAfter = delay;
    }

    /** Runs {@code work}; {@code done} receives its result on the user-interface thread. */
    public <T> Task<T> start(String title, Work<T> work, Consumer<T> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run((step, total, what) -> {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    updateProgress(step, Math.max(total, 1));
                    updateMessage(what);
                });
            }
        };
        Dialog<Void> progress = progressDialog(title, task);
        PauseTransition wait = new PauseTransition(showAfter);
        wait.setOnFinished(e -> {
            if (!task.isDone()) {
                progress.show();
            }
        });
        task.setOnSucceeded(e -> {
            wait.stop();
            close(progress);
            done.accept(task.getValue());
        });
        task.setOnCancelled(e -> {
            wait.stop();
            close(progress);
            notices.show(title + " cancelled.");
        });
        task.setOnFailed(e -> {
            wait.stop();
            close(progress);
            failed(title, task.getException());
        });
        Thread thread = new Thread(task, "zonewright-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
        wait.play();
        return task;
    }

    private Dialog<Void> progressDialog(String title, Task<?> task) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title + "…");
        dialog.getDialogPane().setId("progress-dialog");
        ProgressBar bar = new ProgressBar();
        bar.setId("progress-bar");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(task.progressProperty());
        Label step = new Label();
        step.setId("progress-step");
        step.textProperty().bind(task.messageProperty());
        step.setMaxWidth(420);
        VBox content = new VBox(8, bar, step);
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        // Cancel, Escape and the window's close button all stop the work.
        dialog.setOnHidden(e -> task.cancel());
        return dialog;
    }

    private static void close(Dialog<Void> dialog) {
        if (dialog.isShowing()) {
            dialog.setResult(null);
            dialog.close();
        }
    }

    private void failed(String title, Throwable why) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title + " failed");
        String message = why instanceof ReadFailure f ? f.getMessage()
                : "Something went wrong (" + io.zonewright.text.Visible.of(String.valueOf(why)) + "). Nothing was changed.";
        String[] lines = message.split("\n");
        alert.setContentText(String.join("\n", java.util.Arrays.asList(lines).subList(0, Math.min(lines.length, 8)))
                + (lines.length > 8 ? "\n… " + (lines.length - 8) + " more (see details)" : ""));
        if (lines.length > 8) {
            javafx.scene.control.TextArea all = new javafx.scene.control.TextArea(message);
            all.setEditable(false);
            alert.getDialogPane().setExpandableContent(all);
        }
        alert.getDialogPane().setId("work-failed-dialog");
        alert.show();
    }

    /** Input the work could not read: the message lists each problem with its file, line and column. */
    public static final class ReadFailure extends Exception {
        public ReadFailure(String message) {
            super(message);
        }

        /** A design that was read whole, or the failure that lists its problems. */
        public static io.zonewright.model.Topology unlessValid(io.zonewright.io.LoadResult result) throws ReadFailure {
            if (!result.isValid()) {
                throw new ReadFailure(String.join("\n", result.errors().stream().map(Object::toString).toList()));
            }
            return result.topology();
        }

        /** What was read, or the failure that lists what could not be. */
        public static io.zonewright.compare.Deployed unlessReadable(io.zonewright.compare.Deployed deployed) throws ReadFailure {
            if (!deployed.problems().isEmpty()) {
                throw new ReadFailure(String.join("\n", deployed.problems().stream().map(Object::toString).toList()));
            }
            return deployed;
        }
    }
}
