package io.zonewright.export;

/** A target's writer: a pure function from the resolved design to files. */
public interface Exporter {

    TargetOutput export(ExportInput input);
}
