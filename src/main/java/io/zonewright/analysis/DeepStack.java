package io.zonewright.analysis;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a recursive library algorithm on a thread whose stack fits a search as deep as the design is large.
 * JGraphT's Gabow components recurse once per vertex on a path: a chain of 100,000 services would overflow
 * an ordinary thread's stack. The iterative alternative (Kosaraju) searches twice, the second time along
 * incoming edges, and took half as long again as Gabow's search and this thread's start together (4.2 ms
 * against 2.7 ms at 5,000 services).
 */
final class DeepStack {

    /** Reserved address space, not memory: the pages are only committed as deep as the recursion goes. */
    private static final long STACK_BYTES = 1L << 30;

    private DeepStack() {
    }

    static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "zonewright-deep-search", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while searching the graph", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
