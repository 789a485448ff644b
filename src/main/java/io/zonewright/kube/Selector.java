package io.zonewright.kube;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A label selector: every {@code matchLabels} pair and every {@code matchExpressions} term must hold. The
 * empty selector selects everything; a selector that could not be read selects nothing, so that a broken
 * policy never allows more than it says.
 */
record Selector(Map<String, String> matchLabels, List<Requirement> expressions, boolean valid) {

    static final Selector EVERYTHING = new Selector(Map.of(), List.of(), true);
    static final Selector NOTHING = new Selector(Map.of(), List.of(), false);

    enum Operator { IN, NOT_IN, EXISTS, DOES_NOT_EXIST }

    /** One term of {@code matchExpressions}. */
    record Requirement(String key, Operator operator, Set<String> values) {

        boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (operator) {
                case IN -> value != null && values.contains(value);
                // A label that is absent is not in the set: NotIn holds for it, as in the API server.
                case NOT_IN -> value == null || !values.contains(value);
                case EXISTS -> value != null;
                case DOES_NOT_EXIST -> value == null;
            };
        }
    }

    boolean matches(Map<String, String> labels) {
        if (!valid) {
            return false;
        }
        for (Map.Entry<String, String> e : matchLabels.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (Requirement r : expressions) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    boolean isEverything() {
        return valid && matchLabels.isEmpty() && expressions.isEmpty();
    }
}
