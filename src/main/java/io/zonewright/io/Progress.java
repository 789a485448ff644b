package io.zonewright.io;

/**
 * Told how far a long piece of work has gone. The work calls it between steps; the one watching may stop
 * the work there by throwing {@link java.util.concurrent.CancellationException}.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total, what) -> { };

    /** {@code done} steps of {@code total} are done; {@code what} is the step starting now. */
    void step(long done, long total, String what);
}
