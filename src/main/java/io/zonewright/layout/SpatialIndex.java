package io.zonewright.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Rectangles bucketed by a square grid over the area they cover, so that those near a region are found
 * without reading all of them. The grid is an array: the router and the label placer ask it thousands of
 * times per routing, and a hash map of cells costs more than the search it saves.
 */
final class SpatialIndex {

    private final double cell;
    private final int firstColumn;
    private final int firstRow;
    private final int columns;
    private final int rows;
    private final List<List<DiagramLayout.Rect>> cells;

    SpatialIndex(List<DiagramLayout.Rect> rects, double cell) {
        this.cell = cell;
        int minColumn = Integer.MAX_VALUE;
        int minRow = Integer.MAX_VALUE;
        int maxColumn = Integer.MIN_VALUE;
        int maxRow = Integer.MIN_VALUE;
        for (DiagramLayout.Rect r : rects) {
            minColumn = Math.min(minColumn, column(r.x()));
            minRow = Math.min(minRow, row(r.y()));
            maxColumn = Math.max(maxColumn, column(r.x() + r.width()));
            maxRow = Math.max(maxRow, row(r.y() + r.height()));
        }
        boolean empty = rects.isEmpty();
        firstColumn = empty ? 0 : minColumn;
        firstRow = empty ? 0 : minRow;
        columns = empty ? 0 : maxColumn - minColumn + 1;
        rows = empty ? 0 : maxRow - minRow + 1;
        cells = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            cells.add(new ArrayList<>(4));
        }
        for (DiagramLayout.Rect r : rects) {
            for (int c = column(r.x()); c <= column(r.x() + r.width()); c++) {
                for (int w = row(r.y()); w <= row(r.y() + r.height()); w++) {
                    cells.get(index(c, w)).add(r);
                }
            }
        }
    }

    /** The rectangles that meet the region, each once, in no particular order. */
    List<DiagramLayout.Rect> within(double minX, double minY, double maxX, double maxY) {
        int c1 = Math.max(column(minX), firstColumn);
        int c2 = Math.min(column(maxX), firstColumn + columns - 1);
        int w1 = Math.max(row(minY), firstRow);
        int w2 = Math.min(row(maxY), firstRow + rows - 1);
        List<DiagramLayout.Rect> out = new ArrayList<>(64);
        for (int c = c1; c <= c2; c++) {
            for (int w = w1; w <= w2; w++) {
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
        int c2 = Math.min(column(maxX), firstColumn + columns - 1);
        int w2 = Math.min(row(maxY), firstRow + rows - 1);
        for (int c = Math.max(column(minX), firstColumn); c <= c2; c++) {
            for (int w = Math.max(row(minY), firstRow); w <= w2; w++) {
                for (DiagramLayout.Rect r : cells.get(index(c, w))) {
                    if (r.x() < maxX && r.x() + r.width() > minX && r.y() < maxY && r.y() + r.height() > minY) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private int column(double x) {
        return (int) Math.floor(x / cell);
    }

    private int row(double y) {
        return (int) Math.floor(y / cell);
    }

    private int index(int column, int row) {
        return (column - firstColumn) * rows + (row - firstRow);
    }
}
