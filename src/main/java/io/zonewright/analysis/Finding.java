package io.zonewright.analysis;

import io.zonewright.model.SourceLocation;

import java.util.List;

/**
 * One violation: which rule, how bad, a message naming the elements, the element ids involved, for path
 * rules the path itself, a hint on how to fix it, and where the offending element is written.
 * {@code target} is the element or connection a waiver names to silence it.
 */
public record Finding(String rule, Severity severity, String message, String target, List<String> elements,
                      List<String> path, String hint, SourceLocation location) {

    public Finding {
        elements = List.copyOf(elements);
        path = List.copyOf(path);
    }
}
