package io.zonewright.ui.document;

import io.zonewright.model.Topology;

import java.util.function.UnaryOperator;

/** Applies an edit as one named, undoable step. */
@FunctionalInterface
public interface EditPerformer {
    void perform(String name, UnaryOperator<Topology> edit);
}
