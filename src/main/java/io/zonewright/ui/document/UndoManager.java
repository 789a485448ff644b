package io.zonewright.ui.document;

import io.zonewright.model.Topology;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;

/**
 * Undo and redo for every change. Topologies are immutable, so a step is simply the design before and
 * after it, with the name shown in the Edit menu. Opening another design forgets the history.
 */
public final class UndoManager {

    /** Enough for a long session; older steps are dropped first. */
    static final int LIMIT = 200;

    private record Step(String name, Topology before, Topology after) {
    }

    private final Document document;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");

    public UndoManager(Document document) {
        this.document = document;
    }

    /** Applies an edit as one undoable step; an edit that changes nothing leaves no step. */
    public void perform(String name, UnaryOperator<Topology> edit) {
        Topology before = document.topology();
        Topology after = edit.apply(before);
        if (after == before) {
            return;
        }
        undo.push(new Step(name, before, after));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        document.edit(after);
        publish();
    }

    public void undo() {
        Step step = undo.poll();
        if (step != null) {
            redo.push(step);
            document.edit(step.before());
            publish();
        }
    }

    public void redo() {
        Step step = redo.poll();
        if (step != null) {
            undo.push(step);
            document.edit(step.after());
            publish();
        }
    }

    public void clear() {
        undo.clear();
        redo.clear();
        publish();
    }

    /** The name of the step Undo would revert, empty when there is none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    private void publish() {
        undoName.set(undo.isEmpty() ? "" : undo.peek().name());
        redoName.set(redo.isEmpty() ? "" : redo.peek().name());
    }
}
