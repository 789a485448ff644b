package io.zonewright.model;

/** Where the editor drew an element; kept apart from the design so that moving a box is a small diff. */
public record Position(double x, double y) {
}
