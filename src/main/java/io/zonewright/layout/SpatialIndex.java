package io.zonewright.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Rectangles bucketed by a square grid, so that those near a region are found without reading all of them. */
final class SpatialIndex {

    private final double cell;
    private final Map<Long, List<DiagramLayout.Rect>> buckets = new HashMap<>();

    SpatialIndex(List<DiagramLayout.Rect> rects, double cell) {
        this.cell = cell;
        for (DiagramLayout.Rect r : rects) {
            for (long key : keys(r.x(), r.y(), r.x() + r.width(), r.y() + r.height())) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>(4)).add(r);
            }
        }
    }

    /** The rectangles that meet the region, each once, in no particular order. */
    List<DiagramLayout.Rect> within(double minX, double minY, double maxX, double maxY) {
        Map<DiagramLayout.Rect, Boolean> seen = new IdentityHashMap<>();
        List<DiagramLayout.Rect> out = new ArrayList<>();
        for (long key : keys(minX, minY, maxX, maxY)) {
            for (DiagramLayout.Rect r : buckets.getOrDefault(key, List.of())) {
                boolean meets = r.x() <= maxX && r.x() + r.width() >= minX && r.y() <= maxY && r.y() + r.height() >= minY;
                if (meets && seen.put(r, Boolean.TRUE) == null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private List<Long> keys(double minX, double minY, double maxX, double maxY) {
        int x1 = (int) Math.floor(minX / cell);
        int x2 = (int) Math.floor(maxX / cell);
        int y1 = (int) Math.floor(minY / cell);
        int y2 = (int) Math.floor(maxY / cell);
        List<Long> keys = new ArrayList<>((x2 - x1 + 1) * (y2 - y1 + 1));
        for (int x = x1; x <= x2; x++) {
            for (int y = y1; y <= y2; y++) {
                keys.add(((long) x << 32) ^ (y & 0xffffffffL));
            }
        }
        return keys;
    }
}
