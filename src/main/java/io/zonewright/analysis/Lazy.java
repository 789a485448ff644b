package io.zonewright.analysis;

import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first; each value has its own lock, so that a
 * thread making one does not hold up a thread that wants another.
 */
final class Lazy<T> {

    private Supplier<T> make;
    private T value;

    /** A value already known, or (when {@code known} is null) one {@code make} makes on first use. */
    Lazy(T known, Supplier<T> make) {
        this.value = known;
        this.make = known == null ? make : null;
    }

    synchronized T get() {
        if (make != null) {
            value = make.get();
            make = null;
        }
        return value;
    }

    /** The value if it was made already, else null. */
    synchronized T ifMade() {
        return make == null ? value : null;
    }
}
