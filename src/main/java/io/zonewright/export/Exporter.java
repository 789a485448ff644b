package io.zonewright.export;

/**
 * A target's writer: a pure function from the resolved design to files. Writers are found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/io.zonewright.export.Exporter}), so that this
 * package, which they build on, does not depend on them.
 */
public interface Exporter {

    /** The target this writer makes. */
    Target target();

    TargetOutput export(ExportInput input);
}
