package io.zonewright.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Rectangles bucketed by a square grid over an area, so that those near a region are found without reading
 * all of them. The grid is an array: the router and the label placer ask it thousands of times per routing,
 * and a hash map of cells costs more than the search it saves. A rectangle reaching past the area is kept in
 * the grid's edge cells, and a query past it reads them, so every rectangle is found wherever it lies.
 */
final class SpatialIndex {

    private final double cell;
    private final int firstColumn;
    private final int firstRow;
    private final int columns;
    private final int rows;
    private final List<List<DiagramLayout.Rect>> cells;

    /** An index of the rectangles, over the area they cover. */
    SpatialIndex(List<DiagramLayout.Rect> rects, double cell) {
        this(rects.stream().mapToDouble(DiagramLayout.Rect::x).min().orElse(0),
                rects.stream().mapToDouble(DiagramLayout.Rect::y).min().orElse(0),
                rects.stream().mapToDouble(r -> r.x() + r.width()).max().orElse(0),
                rects.stream().mapToDouble(r -> r.y() + r.height()).max().orElse(0), cell);
        rects.forEach(this::add);
    }

    /** An empty index over an area, to {@link #add} to. */
    SpatialIndex(double minX, double minY, double maxX, double maxY, double cell) {
        this.cell = cell;
        firstColumn = (int) Math.floor(minX / cell);
        firstRow = (int) Math.floor(minY / cell);
        columns = (int) Math.floor(maxX / cell) - firstColumn + 1;
        rows = (int) Math.floor(maxY / cell) - firstRow + 1;
        cells = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            cells.add(new ArrayList<>(4));
        }
    }

    void add(DiagramLayout.Rect r) {
        for (int c = column(r.x()); c <= column(r.x() + r.width()); c++) {
            for (int w = row(r.y()); w <= row(r.y() + r.height()); w++) {
                cells.get(index(c, w)).add(r);
            }
        }
    }

    /** The rectangles that meet the region, each once, in no particular order. */
    List<DiagramLayout.Rect> within(double minX, double minY, double maxX, double maxY) {
        int c1 = column(minX);
        int w1 = row(minY);
        List<DiagramLayout.Rect> out = new ArrayList<>(64);
        for (int c = c1; c <= column(maxX); c++) {
            for (int w = w1; w <= row(maxY); w++) {
                for (DiagramLayout.Rect r : cells.get(index(c, w))) {
                    boolean meets = r.x() <= maxX && r.x() + r.width() >= minX && r.y() <= maxY && r.y() + r.height() >= minY;
                    // A rectangle in several cells is reported by the first of them that the query reads.
                    if (meets && c == Math.max(column(r.x()), c1) && w == Math.max(row(r.y()), w1)) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    /** Whether any rectangle overlaps the inside of the region (touching its edge does not). */
    boolean overlapsInside(double minX, double minY, double maxX, double maxY) {
        for (int c = column(minX); c <= column(maxX); c++) {
            for (int w = row(minY); w <= row(maxY); w++) {
                for (DiagramLayout.Rect r : cells.get(index(c, w))) {
                    if (r.x() < maxX && r.x() + r.width() > minX && r.y() < maxY && r.y() + r.height() > minY) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The grid column of an abscissa, the edge columns standing for everything beyond. */
    private int column(double x) {
        return Math.max(firstColumn, Math.min(firstColumn + columns - 1, (int) Math.floor(x / cell)));
    }

    private int row(double y) {
        return Math.max(firstRow, Math.min(firstRow + rows - 1, (int) Math.floor(y / cell)));
    }

    private int index(int column, int row) {
        return (column - firstColumn) * rows + (row - firstRow);
    }
}
