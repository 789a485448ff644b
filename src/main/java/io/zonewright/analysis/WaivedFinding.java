package io.zonewright.analysis;

import io.zonewright.model.Waiver;

/** A finding silenced by a waiver; reports list it as such, never silently drop it. */
public record WaivedFinding(Finding finding, Waiver waiver) {
}
