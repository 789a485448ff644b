package io.zonewright.ui.files;

import io.zonewright.io.LoadResult;
import io.zonewright.io.RecoveryStore;
import io.zonewright.io.TopologyReader;
import io.zonewright.io.TopologyWriter;
import io.zonewright.model.Topology;
import io.zonewright.ui.common.Notices;
import io.zonewright.ui.document.DesignLoader;
import io.zonewright.ui.document.Document;
import io.zonewright.ui.document.RecentFiles;
import io.zonewright.ui.document.UndoManager;
import javafx.animation.KeyFrame;
import javafx.application.Platform;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * New, Open, Save, Save As, autosave with recovery, the prompt on closing unsaved work, and the notice when
 * the file changed on disk. Saves are atomic and canonical; a failed save leaves the file as it was.
 */
public final class FileActions {

    /** How often unsaved work is copied to the recovery store. */
    static final Duration AUTOSAVE_EVERY = Duration.seconds(20);
    private static final Duration WATCH_EVERY = Duration.seconds(2);

    private final Stage stage;
    private final Document document;
    private final UndoManager undo;
    private final RecoveryStore recovery;
    private final RecentFiles recent;
    private final Notices notices;
    private FileTime knownModified;
    /** Saves started and not yet heard back from, on the FX thread. */
    private int savesUnderway;
    private final Timeline autosave;
    /** One thread writes recovery copies and saves, in order. */
    private final java.util.concurrent.ExecutorService autosaver = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "zonewright-autosave");
        thread.setDaemon(true);
        return thread;
    });
    /** Counts the times recovery copies were dropped: an autosave that sees it change drops its own copy. */
    private final java.util.concurrent.atomic.AtomicLong recoveryGeneration = new java.util.concurrent.atomic.AtomicLong();
    private java.util.concurrent.Future<?> lastAutosave = java.util.concurrent.CompletableFuture.completedFuture(null);
    private final Timeline watch;

    public FileActions(Stage stage, Document document, UndoManager undo, RecoveryStore recovery, RecentFiles recent,
                Notices notices) {
        this.stage = stage;
        this.document = document;
        this.undo = undo;
        this.recovery = recovery;
        this.recent = recent;
        this.notices = notices;
        autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> autosaveNow()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        watch = new Timeline(new KeyFrame(WATCH_EVERY, e -> checkDisk()));
        watch.setCycleCount(Timeline.INDEFINITE);
        watch.play();
        rememberDiskState();
    }

    public void newDesign() {
        if (confirmDiscard()) {
            discardRecovery(document.fileProperty().get());
            document.replace(Document.empty(), null);
            undo.clear();
            rememberDiskState();
        }
    }

    public void open() {
        File chosen = chooser("Open a design", false).showOpenDialog(stage);
        if (chosen != null && confirmDiscard()) {
            open(chosen.toPath());
        }
    }

    /**
     * Opens a file: read and checked off the FX thread (a large design takes a while to parse), then shown.
     * A broken one is reported in a dialog and the current design stays open. Completes, on the FX thread,
     * with whether the file opened.
     */
    public CompletableFuture<Boolean> open(Path file) {
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> TopologyReader.read(file), FileActions::onReaderThread)
                .whenComplete((result, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        notices.show("Cannot open " + file.getFileName() + ": " + failure.getMessage());
                    }
                    opened.complete(failure == null && show(result, file));
                }));
        return opened;
    }

    private static void onReaderThread(Runnable read) {
        Thread thread = new Thread(read, "zonewright-open");
        thread.setDaemon(true);
        thread.start();
    }

    /** Shows what was read: the design, or why it cannot be opened. */
    private boolean show(LoadResult result, Path file) {
        if (!result.isValid()) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(stage);
            alert.setTitle("Cannot open the design");
            alert.setHeaderText(file.getFileName() + " cannot be opened");
            alert.setContentText(DesignLoader.describe(result));
            alert.show();
            return false;
        }
        discardRecovery(document.fileProperty().get());
        document.replace(result.topology(), file);
        undo.clear();
        recent.add(file);
        rememberDiskState();
        offerRecovery(file);
        return true;
    }

    /** Opens a design no file holds yet (an import's), after the current one's unsaved changes are dealt with. */
    boolean openUnsaved(Topology topology) {
        if (!confirmDiscard()) {
            return false;
        }
        discardRecovery(document.fileProperty().get());
        document.replaceUnsaved(topology);
        undo.clear();
        rememberDiskState();
        return true;
    }

    /** If a previous session crashed with unsaved work on this design, offers to bring it back. */
    public void offerRecovery(Path file) {
        Optional<String> pending = recovery.pending(file);
        if (pending.isEmpty()) {
            return;
        }
        LoadResult recovered = TopologyReader.parse(pending.get(), "recovered copy");
        if (!recovered.isValid()) {
            discardRecovery(file);
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(stage);
        ask.setTitle("Recover unsaved changes");
        ask.setHeaderText("Zonewright found unsaved changes to " + (file == null ? "an untitled design" : file.getFileName()));
        ask.setContentText("They were saved automatically before Zonewright closed unexpectedly. Restore them?");
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ask.getButtonTypes().setAll(restore, discard);
        ask.getDialogPane().setId("recovery-dialog");
        ask.showAndWait().ifPresent(answer -> {
            if (answer == restore) {
                undo.perform("Recover unsaved changes", t -> recovered.topology());
            } else {
                discardRecovery(file);
            }
        });
    }

    /** Saves to the design's file, or asks for one first. */
    public CompletableFuture<Boolean> save() {
        Path file = document.fileProperty().get();
        return file == null ? saveAs() : saveTo(file);
    }

    public CompletableFuture<Boolean> saveAs() {
        File chosen = chooser("Save the design", true).showSaveDialog(stage);
        return chosen == null ? CompletableFuture.completedFuture(false) : saveTo(chosen.toPath());
    }

    /**
     * Writes the design as it is now to {@code file} off the FX thread (checking and serialising a large
     * design takes a while), after any recovery copy being written. The window hears of it on the FX
     * thread: the document is saved as of what was written (an edit made meanwhile stays unsaved), or an
     * alert says why not. The answer comes as soon as the file is written, so that closing with Save can
     * wait for it.
     */
    public CompletableFuture<Boolean> saveTo(Path file) {
        Topology topology = document.topology();
        Path previous = document.fileProperty().get();
        int replacement = document.replacementsProperty().get();
        savesUnderway++;
        return CompletableFuture.supplyAsync(() -> {
            try {
                TopologyWriter.save(topology, file);
                Platform.runLater(() -> saved(previous, file, topology, replacement));
                return true;
            } catch (IOException e) {
                Platform.runLater(() -> notSaved(file, e));
                return false;
            }
        }, autosaver);
    }

    private void saved(Path previous, Path file, Topology written, int replacement) {
        savesUnderway--;
        // A design opened since is not the one saved: it keeps its own file and state.
        if (document.replacementsProperty().get() == replacement) {
            document.markSaved(file, written);
            discardRecovery(previous);
        }
        discardRecovery(file);
        recent.add(file);
        rememberDiskState();
    }

    private void notSaved(Path file, IOException e) {
        savesUnderway--;
        Alert alert = new Alert(Alert.AlertType.ERROR, "The design was not saved: " + e.getMessage()
                + "\nThe file on disk is unchanged; your changes are still open.");
        alert.initOwner(stage);
        alert.setHeaderText("Cannot save " + file.getFileName());
        alert.show();
    }

    /**
     * Writes a recovery copy of unsaved work, off the FX thread (serialising a large design takes a while).
     * A copy that lands after the work was saved or dropped is removed again: see {@link #discardRecovery}.
     */
    public void autosaveNow() {
        if (document.isDirty()) {
            Path file = document.fileProperty().get();
            Topology topology = document.topology();
            long generation = recoveryGeneration.get();
            lastAutosave = autosaver.submit(() -> {
                try {
                    recovery.save(file, TopologyWriter.toYaml(topology));
                    if (recoveryGeneration.get() != generation) {
                        recovery.discard(file);
                    }
                } catch (IOException e) {
                    Platform.runLater(() -> notices.show("Autosave failed: " + e.getMessage()));
                }
            });
        }
    }

    /** The autosave last started, for whoever must know it has landed. */
    public java.util.concurrent.Future<?> lastAutosave() {
        return lastAutosave;
    }

    /** Drops the recovery copy of a file, and any autosave of it still being written. */
    private void discardRecovery(Path file) {
        recoveryGeneration.incrementAndGet();
        recovery.discard(file);
    }

    /** Asks what to do with unsaved changes; true when it is fine to go on. */
    public boolean confirmDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(stage);
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save the changes to " + document.displayName() + "?");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ask.getButtonTypes().setAll(save, dontSave, ButtonType.CANCEL);
        ask.getDialogPane().setId("unsaved-dialog");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        // Waits for the file to be written: what comes next (closing, opening another) may not lose it.
        return answer.get() != save || save().join();
    }

    /** Called when the window closes for good: a clean exit leaves no recovery copy behind. */
    public void closed() {
        autosave.stop();
        watch.stop();
        autosaver.shutdown();
        discardRecovery(document.fileProperty().get());
    }

    private void rememberDiskState() {
        knownModified = modified(document.fileProperty().get());
    }

    private void checkDisk() {
        if (savesUnderway > 0) {
            // Our own save is landing: the change on disk is not someone else's.
            return;
        }
        Path file = document.fileProperty().get();
        FileTime now = modified(file);
        if (file != null && now != null && knownModified != null && !now.equals(knownModified)) {
            knownModified = now;
            notices.offer(file.getFileName() + " changed on disk.", "Reload", () -> {
                if (confirmDiscard()) {
                    open(file);
                }
            });
        }
    }

    private static FileTime modified(Path file) {
        try {
            return file == null ? null : Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A file dialog that opens in the design's folder and, to save, offers the design's file name (or one made
     * of its name), rather than the folder the editor happened to start in.
     */
    public FileChooser chooser(String title, boolean saving) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zonewright designs", "*.yaml", "*.yml"));
        Path file = document.fileProperty().get();
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        if (saving) {
            chooser.setInitialFileName(file != null ? file.getFileName().toString() : fileNameFor(document.topology().name()));
        }
        return chooser;
    }

    /** {@code Three-zone web application} becomes {@code three-zone-web-application.yaml}. */
    public static String fileNameFor(String designName) {
        String slug = designName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "design" : slug) + ".yaml";
    }
}
