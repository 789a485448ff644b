package io.zonewright.export;

/**
 * A connection (or zone policy rule) that a target could not express where it should have stood, and why.
 * It is never dropped silently nor widened: the export lists it and the generated file says so.
 */
public record Unexpressed(Target target, String subject, String place, String reason) {
}
