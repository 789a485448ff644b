package io.zonewright.ui.common;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work done again off the user-interface thread whenever what it reads changes (an overlay, an audit, a
 * comparison): one worker thread, and only the latest request's result reaches the window; a result
 * that a newer request or {@link #cancel()} overtook is dropped.
 */
public final class Latest {

    private final Executor worker;
    private long generation;

    public Latest(String threadName) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} on the worker; {@code show} or {@code failed} is called on the FX thread, unless overtaken. */
    public <T> void run(Supplier<T> work, Consumer<T> show, Consumer<Throwable> failed) {
        long mine = ++generation;
        CompletableFuture.supplyAsync(work, worker).whenComplete((result, failure) -> Platform.runLater(() -> {
            if (mine != generation) {
                return;
            }
            if (failure != null) {
                failed.accept(failure.getCause() != null ? failure.getCause() : failure);
            } else {
                show.accept(result);
            }
        }));
    }

    /** Drops whatever is being worked out: nothing from before reaches the window. */
    public void cancel() {
        generation++;
    }
}
