package io.zonewright.ui.panels;

import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** One row of the inspector: a text or a choice, how to check it, and what to do with a new value. */
final class InspectorItem implements PropertySheet.Item {

    private final String category;
    private final String name;
    private final String value;
    private final List<String> choices;
    private final Function<String, String> validator;
    private final Consumer<String> commit;

    private InspectorItem(String category, String name, String value, List<String> choices,
                          Function<String, String> validator, Consumer<String> commit) {
        this.category = category;
        this.name = name;
        this.value = value;
        this.choices = choices;
        this.validator = validator;
        this.commit = commit;
    }

    static InspectorItem text(String category, String name, String value, Function<String, String> validator,
                              Consumer<String> commit) {
        return new InspectorItem(category, name, value, null, validator, commit);
    }

    static InspectorItem choice(String category, String name, String value, List<String> choices, Consumer<String> commit) {
        return new InspectorItem(category, name, value, choices, null, commit);
    }

    /** A value shown and not edited here (a connection's ends: to change them, draw another connection). */
    static InspectorItem shown(String category, String name, String value) {
        return new InspectorItem(category, name, value, null, null, null);
    }

    @Override
    public boolean isEditable() {
        return commit != null;
    }

    /** The options of a choice, or null for free text. */
    List<String> choices() {
        return choices;
    }

    /** The problem with a text, or null when it is fine. */
    String problem(String text) {
        return validator == null ? null : validator.apply(text);
    }

    void commit(String text) {
        if (commit != null && !text.equals(value) && problem(text) == null) {
            commit.accept(text);
        }
    }

    @Override
    public Class<?> getType() {
        return String.class;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return name;
    }

    @Override
    public Object getValue() {
        return value;
    }

    @Override
    public void setValue(Object newValue) {
        commit(String.valueOf(newValue));
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }
}
