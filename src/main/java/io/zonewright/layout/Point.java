package io.zonewright.layout;

/** A point of the diagram, in diagram coordinates. */
public record Point(double x, double y) {
}
