package io.zonewright.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Routes arrows between boxes the user placed as runs of horizontal and vertical segments that keep
 * {@link #CLEARANCE} away from every other box: the approach of libavoid and of draw.io's orthogonal edges.
 * The graph is the grid of lines along the boxes' sides (each pushed out by the clearance) and through the
 * ends' middles, taken over the region around the two ends; A* finds the shortest run with the fewest bends.
 * When nothing connects the ends inside the region, the region grows; when even the whole diagram has no
 * free run (an end walled in), the arrow is straight.
 */
public final class OrthogonalRouter {

    /** How far a route keeps from the boxes it passes. */
    public static final double CLEARANCE = 12;
    /** What a bend costs, in pixels of length: a longer run with fewer turns reads better. */
    private static final double BEND = 40;
    private static final double SPATIAL_CELL = 400;
    /** The size of an end that is a point where an arrow attaches rather than a box. */
    private static final double POINT = 2;
    /** Weight of the estimate in a state's key; the detour it may cost is far below a pixel. */
    private static final double TIE_BREAK = 1 + 1e-9;
    private static final int[][] STEPS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private final List<DiagramLayout.Rect> obstacles;
    private final SpatialIndex index;
    private final double width;
    private final double height;

    /** A router among {@code obstacles} (every box of the diagram) in a diagram of the given size. */
    public OrthogonalRouter(List<DiagramLayout.Rect> obstacles, double width, double height) {
        this.obstacles = List.copyOf(obstacles);
        this.index = new SpatialIndex(this.obstacles, SPATIAL_CELL);
        this.width = width;
        this.height = height;
    }

    /** A router among the boxes of a layout. */
    public static OrthogonalRouter of(DiagramLayout layout) {
        List<DiagramLayout.Rect> boxes = new ArrayList<>(layout.boxes().size());
        layout.boxes().values().forEach(b -> boxes.add(b.rect()));
        return new OrthogonalRouter(boxes, layout.width(), layout.height());
    }

    /** The run from one end's border to the other's, as its corner points. */
    public List<Point> route(DiagramLayout.Rect from, DiagramLayout.Rect to) {
        double growX = DiagramLayout.BOX_WIDTH + DiagramLayout.GAP_X;
        double growY = DiagramLayout.BOX_HEIGHT + DiagramLayout.GAP_Y;
        double minX = Math.min(from.x(), to.x());
        double minY = Math.min(from.y(), to.y());
        double maxX = Math.max(from.x() + from.width(), to.x() + to.width());
        double maxY = Math.max(from.y() + from.height(), to.y() + to.height());
        for (int attempt = 0; attempt < 4; attempt++) {
            double factor = attempt == 3 ? 1e6 : 1 << attempt;
            DiagramLayout.Rect region = clip(minX - growX * factor, minY - growY * factor,
                    maxX + growX * factor, maxY + growY * factor, minX, minY, maxX, maxY);
            List<Point> points = new Search(from, to, region).run();
            if (points != null) {
                return points;
            }
        }
        return straight(from, to);
    }

    /** The straight arrow between the borders of two ends, facing each other. */
    static List<Point> straight(DiagramLayout.Rect from, DiagramLayout.Rect to) {
        double[] start = from.borderPoint(to.centerX(), to.centerY());
        double[] end = to.borderPoint(from.centerX(), from.centerY());
        return List.of(new Point(start[0], start[1]), new Point(end[0], end[1]));
    }

    /**
     * Whether a route passes within the clearance of a box (running along the clearance's edge, as the router
     * does, is not within it): a box that arrived there makes the route one to find again.
     */
    static boolean passesNear(List<Point> points, DiagramLayout.Rect box) {
        return Polylines.crossesInside(points, box.x() - CLEARANCE, box.y() - CLEARANCE,
                box.x() + box.width() + CLEARANCE, box.y() + box.height() + CLEARANCE);
    }

    /** Whether a box covers any of the inside of a region (a label's, say). */
    boolean coversAnyBox(double minX, double minY, double maxX, double maxY) {
        return index.overlapsInside(minX, minY, maxX, maxY);
    }

    /** Whether a route keeps its clearance from every box of this router's diagram but its two ends. */
    boolean isClear(List<Point> points, DiagramLayout.Rect from, DiagramLayout.Rect to) {
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            List<DiagramLayout.Rect> near = index.within(Math.min(a.x(), b.x()) - CLEARANCE, Math.min(a.y(), b.y()) - CLEARANCE,
                    Math.max(a.x(), b.x()) + CLEARANCE, Math.max(a.y(), b.y()) + CLEARANCE);
            for (DiagramLayout.Rect r : near) {
                if (!r.equals(from) && !r.equals(to) && segmentNear(a, b, r)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean segmentNear(Point a, Point b, DiagramLayout.Rect box) {
        return Polylines.crossesInside(a, b, box.x() - CLEARANCE, box.y() - CLEARANCE,
                box.x() + box.width() + CLEARANCE, box.y() + box.height() + CLEARANCE);
    }

    /** The region, kept within the diagram (with room for a route around its edge) but never cutting the ends. */
    private DiagramLayout.Rect clip(double x1, double y1, double x2, double y2,
                                    double endsX1, double endsY1, double endsX2, double endsY2) {
        double room = 2 * CLEARANCE;
        double left = Math.min(Math.max(x1, -room), endsX1 - room);
        double top = Math.min(Math.max(y1, -room), endsY1 - room);
        double right = Math.max(Math.min(x2, width + room), endsX2 + room);
        double bottom = Math.max(Math.min(y2, height + room), endsY2 + room);
        return new DiagramLayout.Rect(left, top, right - left, bottom - top);
    }

    /** The boxes whose clearance reaches into a region. */
    List<DiagramLayout.Rect> obstaclesIn(DiagramLayout.Rect region) {
        return index.within(region.x() - CLEARANCE, region.y() - CLEARANCE,
                region.x() + region.width() + CLEARANCE, region.y() + region.height() + CLEARANCE);
    }

    /** One A* search over the grid of one region. */
    private final class Search {
        private final DiagramLayout.Rect from;
        private final DiagramLayout.Rect to;
        private final double[] xs;
        private final double[] ys;
        /** Grid points inside a box's clearance (strictly), where no route may pass. */
        private final boolean[] blocked;
        /** Grid steps that cross a box's clearance: to the next x (horizontal) or the next y (vertical). */
        private final boolean[] horizontalBlocked;
        private final boolean[] verticalBlocked;
        private final List<DiagramLayout.Rect> walls;

        Search(DiagramLayout.Rect from, DiagramLayout.Rect to, DiagramLayout.Rect region) {
            this.from = from;
            this.to = to;
            List<DiagramLayout.Rect> near = obstaclesIn(region);
            walls = new ArrayList<>(near.size() + 2);
            for (DiagramLayout.Rect r : near) {
                if (!isEnd(r)) {
                    walls.add(r);
                }
            }
            walls.add(from);
            walls.add(to);
            double[] xCandidates = new double[walls.size() * 2 + 4];
            double[] yCandidates = new double[walls.size() * 2 + 4];
            int n = 0;
            for (DiagramLayout.Rect r : walls) {
                xCandidates[n] = r.x() - CLEARANCE;
                yCandidates[n++] = r.y() - CLEARANCE;
                xCandidates[n] = r.x() + r.width() + CLEARANCE;
                yCandidates[n++] = r.y() + r.height() + CLEARANCE;
            }
            xCandidates[n] = from.centerX();
            yCandidates[n++] = from.centerY();
            xCandidates[n] = to.centerX();
            yCandidates[n++] = to.centerY();
            xCandidates[n] = region.x();
            yCandidates[n++] = region.y();
            xCandidates[n] = region.x() + region.width();
            yCandidates[n] = region.y() + region.height();
            xs = sortedWithin(xCandidates, region.x(), region.x() + region.width());
            ys = sortedWithin(yCandidates, region.y(), region.y() + region.height());
            int size = xs.length * ys.length;
            blocked = new boolean[size];
            horizontalBlocked = new boolean[size];
            verticalBlocked = new boolean[size];
            for (DiagramLayout.Rect r : walls) {
                // The clearance's sides are grid lines, so a box covers whole ranges of grid indices.
                int i1 = above(xs, r.x() - CLEARANCE);
                int i2 = below(xs, r.x() + r.width() + CLEARANCE);
                int j1 = above(ys, r.y() - CLEARANCE);
                int j2 = below(ys, r.y() + r.height() + CLEARANCE);
                mark(blocked, i1, i2, j1, j2);
                mark(horizontalBlocked, Math.max(i1 - 1, 0), i2, j1, j2);
                mark(verticalBlocked, i1, i2, Math.max(j1 - 1, 0), j2);
            }
        }

        /**
         * Whether a box is one of the ends. A record compares its doubles through a bootstrap method: looking at
         * the corner first is cheaper for the hundreds of boxes around a long arrow that are not.
         */
        private boolean isEnd(DiagramLayout.Rect r) {
            return r.x() == from.x() && r.y() == from.y() && r.equals(from)
                    || r.x() == to.x() && r.y() == to.y() && r.equals(to);
        }

        private void mark(boolean[] grid, int i1, int i2, int j1, int j2) {
            for (int i = i1; i <= i2; i++) {
                for (int j = j1; j <= j2; j++) {
                    grid[i * ys.length + j] = true;
                }
            }
        }

        List<Point> run() {
            int columns = ys.length;
            int nodes = xs.length * columns;
            double[] cost = new double[nodes * 4];
            Arrays.fill(cost, Double.POSITIVE_INFINITY);
            int[] previous = new int[nodes * 4];
            Arrays.fill(previous, -1);
            OpenStates open = new OpenStates(nodes);
            Exit[] starts = exits(from, to);
            Exit[] goals = exits(to, from);
            for (Exit s : starts) {
                int node = node(s.x(), s.y());
                if (node >= 0 && !blocked[node]) {
                    int state = node * 4 + s.direction();
                    cost[state] = 0;
                    open.add(heuristic(s.x(), s.y(), goals), state);
                }
            }
            int[] goalDirection = new int[nodes];
            Arrays.fill(goalDirection, -1);
            for (Exit g : goals) {
                int node = node(g.x(), g.y());
                if (node >= 0) {
                    // An arrow enters the end against the direction it would leave by.
                    goalDirection[node] = g.direction() ^ 1;
                }
            }
            double best = Double.POSITIVE_INFINITY;
            int bestState = -1;
            while (!open.isEmpty()) {
                if (open.lowestKey() >= best) {
                    break;
                }
                int state = open.poll();
                int node = state / 4;
                int direction = state % 4;
                double here = cost[state];
                if (goalDirection[node] >= 0) {
                    double total = here + (direction == goalDirection[node] ? 0 : BEND);
                    if (total < best) {
                        best = total;
                        bestState = state;
                    }
                }
                int i = node / columns;
                int j = node % columns;
                for (int d = 0; d < 4; d++) {
                    if (d == (direction ^ 1)) {
                        continue;
                    }
                    int ni = i + STEPS[d][0];
                    int nj = j + STEPS[d][1];
                    if (ni < 0 || nj < 0 || ni >= xs.length || nj >= columns) {
                        continue;
                    }
                    int next = ni * columns + nj;
                    if (blocked[next] || stepBlocked(d, node, next)) {
                        continue;
                    }
                    double step = Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]) + (d == direction ? 0 : BEND);
                    int nextState = next * 4 + d;
                    if (here + step < cost[nextState]) {
                        cost[nextState] = here + step;
                        previous[nextState] = state;
                        // Of states that look as good, the one nearer the goal first: a slightly larger weight on
                        // the estimate keeps A* from widening over every run of equal length and bends.
                        open.add(here + step + heuristic(xs[ni], ys[nj], goals) * TIE_BREAK, nextState);
                    }
                }
            }
            return bestState < 0 ? null : path(bestState, previous, starts, goals);
        }

        /** The route from the search's states: the source's border, the corners, the target's border. */
        private List<Point> path(int last, int[] previous, Exit[] starts, Exit[] goals) {
            List<Point> points = new ArrayList<>();
            int first = last;
            for (int state = last; state >= 0; state = previous[state]) {
                int node = state / 4;
                points.add(new Point(xs[node / ys.length], ys[node % ys.length]));
                first = state;
            }
            java.util.Collections.reverse(points);
            points.add(0, borderOf(starts, points.get(0), first % 4));
            points.add(borderOf(goals, points.get(points.size() - 1), -1));
            return Polylines.withoutStraightCorners(points);
        }

        private Point borderOf(Exit[] exits, Point outside, int direction) {
            for (Exit e : exits) {
                if (e.x() == outside.x() && e.y() == outside.y() && (direction < 0 || e.direction() == direction)) {
                    return e.border();
                }
            }
            return outside;
        }

        /** Whether the step between two neighbouring grid points crosses a box's clearance. */
        private boolean stepBlocked(int direction, int node, int next) {
            return direction < 2 ? horizontalBlocked[Math.min(node, next)] : verticalBlocked[Math.min(node, next)];
        }

        private int node(double x, double y) {
            int i = Arrays.binarySearch(xs, x);
            int j = Arrays.binarySearch(ys, y);
            return i < 0 || j < 0 ? -1 : i * ys.length + j;
        }

        /**
         * A lower bound of the cost left: the distance to the nearest goal, and a bend when the point is level
         * with it on neither axis, as every run from there turns at least once.
         */
        private double heuristic(double x, double y, Exit[] goals) {
            double h = Double.POSITIVE_INFINITY;
            for (Exit g : goals) {
                double dx = Math.abs(g.x() - x);
                double dy = Math.abs(g.y() - y);
                h = Math.min(h, dx + dy + (dx > 0 && dy > 0 ? BEND : 0));
            }
            return h;
        }
    }

    /**
     * The states A* has yet to expand, lowest estimate first: a binary heap over two arrays, as a queue of
     * boxed entries costs more than the search itself. A state may be in it more than once (each time a
     * cheaper way to it is found); the costlier copies are expanded later to no effect.
     */
    private static final class OpenStates {
        private double[] keys;
        private int[] states;
        private int size;

        /** A heap sized for a search over that many grid points, which pushes about one state for each. */
        OpenStates(int nodes) {
            keys = new double[Math.max(16, nodes)];
            states = new int[keys.length];
        }

        boolean isEmpty() {
            return size == 0;
        }

        double lowestKey() {
            return keys[0];
        }

        void add(double key, int state) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                states = Arrays.copyOf(states, size * 2);
            }
            int hole = size++;
            while (hole > 0 && keys[(hole - 1) / 2] > key) {
                hole = fill(hole, (hole - 1) / 2);
            }
            keys[hole] = key;
            states[hole] = state;
        }

        int poll() {
            int top = states[0];
            double key = keys[--size];
            int state = states[size];
            int hole = 0;
            for (int child = 1; child < size; child = 2 * hole + 1) {
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (key <= keys[child]) {
                    break;
                }
                hole = fill(hole, child);
            }
            keys[hole] = key;
            states[hole] = state;
            return top;
        }

        /** Moves the entry at {@code from} into the hole; the hole is then where it was. */
        private int fill(int hole, int from) {
            keys[hole] = keys[from];
            states[hole] = states[from];
            return from;
        }
    }

    /** Where a route leaves a box: a side's middle, the point the clearance away, and the direction out. */
    private record Exit(double x, double y, int direction, Point border) {
    }

    /**
     * The exits of an end towards the other: a box's four, in the order of {@link #STEPS} (right, left, down,
     * up); a point (where an arrow meets a lane's title, a range's node or the rail) only its side facing the
     * other end, so that such arrows arrive level rather than along the title's or node's edge.
     */
    private static Exit[] exits(DiagramLayout.Rect r, DiagramLayout.Rect other) {
        double cx = r.centerX();
        double cy = r.centerY();
        double right = r.x() + r.width();
        double bottom = r.y() + r.height();
        Exit toRight = new Exit(right + CLEARANCE, cy, 0, new Point(right, cy));
        Exit toLeft = new Exit(r.x() - CLEARANCE, cy, 1, new Point(r.x(), cy));
        if (r.width() <= POINT && r.height() <= POINT) {
            return new Exit[] {other.centerX() >= cx ? toRight : toLeft};
        }
        return new Exit[] {toRight, toLeft,
                new Exit(cx, bottom + CLEARANCE, 2, new Point(cx, bottom)),
                new Exit(cx, r.y() - CLEARANCE, 3, new Point(cx, r.y()))};
    }

    /** The values between {@code min} and {@code max}, sorted, each once; sorts {@code values} in place. */
    private static double[] sortedWithin(double[] values, double min, double max) {
        Arrays.sort(values);
        int n = 0;
        for (double v : values) {
            if (v >= min && v <= max && (n == 0 || values[n - 1] != v)) {
                values[n++] = v;
            }
        }
        return Arrays.copyOf(values, n);
    }

    /** The first index whose value is strictly above {@code v}. */
    private static int above(double[] sorted, double v) {
        int i = Arrays.binarySearch(sorted, v);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The last index whose value is strictly below {@code v}. */
    private static int below(double[] sorted, double v) {
        int i = Arrays.binarySearch(sorted, v);
        return i >= 0 ? i - 1 : -i - 2;
    }
}
