package paiban.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import paiban.model.Rect;

/**
 * The outline of a union of rectangles: the polygons (corners in order,
 * clockwise with y down; holes run the other way) around exactly the area
 * the rectangles cover. Frames of one story that stand a gutter apart are
 * first joined by the strip between them ({@link #bridged}), so a story
 * reads as one zone where its frames are neighbours.
 */
public final class ZoneOutline {
    private ZoneOutline() {}

    /** A corner of an outline, millipoints on the page. */
    public record Point(int x, int y) {}

    /**
     * {@code rects} plus, for each pair that faces the other across a gap of at
     * most {@code gap} (overlapping along the other axis), the strip between them.
     */
    public static List<Rect> bridged(List<Rect> rects, int gap) {
        List<Rect> out = new ArrayList<>(rects);
        for (int i = 0; i < rects.size(); i++) {
            for (int j = i + 1; j < rects.size(); j++) {
                Rect a = rects.get(i), b = rects.get(j);
                int top = Math.max(a.y(), b.y()), bottom = Math.min(a.bottom(), b.bottom());
                int left = Math.max(a.x(), b.x()), right = Math.min(a.right(), b.right());
                if (bottom > top) {
                    Rect first = a.x() <= b.x() ? a : b, second = first == a ? b : a;
                    int dx = second.x() - first.right();
                    if (dx > 0 && dx <= gap) out.add(new Rect(first.right(), top, dx, bottom - top));
                }
                if (right > left) {
                    Rect upper = a.y() <= b.y() ? a : b, lower = upper == a ? b : a;
                    int dy = lower.y() - upper.bottom();
                    if (dy > 0 && dy <= gap) out.add(new Rect(left, upper.bottom(), right - left, dy));
                }
            }
        }
        return out;
    }

    /**
     * The zone of frames standing at most {@code gap} apart: the outline of the
     * frames, the strips between them, and the small enclosed gaps where
     * gutters cross (no part of it wider or higher than {@code gap}).
     */
    public static List<List<Point>> zone(List<Rect> frames, int gap) {
        return of(bridged(frames, gap), gap);
    }

    /** The polygons around the union of {@code rects}; empty rectangles add nothing. */
    public static List<List<Point>> of(List<Rect> rects) {
        return of(rects, 0);
    }

    /** The union's outline, with enclosed uncovered cells no larger than {@code fill} each way filled in. */
    private static List<List<Point>> of(List<Rect> rects, int fill) {
        TreeSet<Integer> xSet = new TreeSet<>(), ySet = new TreeSet<>();
        for (Rect r : rects) {
            if (r.width() == 0 || r.height() == 0) continue;
            xSet.add(r.x());
            xSet.add(r.right());
            ySet.add(r.y());
            ySet.add(r.bottom());
        }
        int[] xs = xSet.stream().mapToInt(Integer::intValue).toArray();
        int[] ys = ySet.stream().mapToInt(Integer::intValue).toArray();
        int cols = Math.max(0, xs.length - 1), rows = Math.max(0, ys.length - 1);
        boolean[][] in = new boolean[cols][rows];
        for (Rect r : rects) {
            if (r.width() == 0 || r.height() == 0) continue;
            for (int i = index(xs, r.x()); i < index(xs, r.right()); i++)
                for (int j = index(ys, r.y()); j < index(ys, r.bottom()); j++) in[i][j] = true;
        }
        if (fill > 0) fillSmallHoles(in, xs, ys, fill);
        // boundary edges of covered cells, each running with the area on its right (clockwise, y down)
        Map<Point, List<Point>> next = new HashMap<>();
        int edges = 0;
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < rows; j++) {
                if (!in[i][j]) continue;
                Point tl = new Point(xs[i], ys[j]), tr = new Point(xs[i + 1], ys[j]);
                Point br = new Point(xs[i + 1], ys[j + 1]), bl = new Point(xs[i], ys[j + 1]);
                if (j == 0 || !in[i][j - 1]) edges += add(next, tl, tr);
                if (i == cols - 1 || !in[i + 1][j]) edges += add(next, tr, br);
                if (j == rows - 1 || !in[i][j + 1]) edges += add(next, br, bl);
                if (i == 0 || !in[i - 1][j]) edges += add(next, bl, tl);
            }
        }
        List<List<Point>> polygons = new ArrayList<>();
        while (edges > 0) {
            Point start = next.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(Map.Entry::getKey).min(ZoneOutline::topLeftFirst).orElseThrow();
            List<Point> ring = new ArrayList<>();
            Point at = start;
            do {
                ring.add(at);
                at = next.get(at).remove(0);
                edges--;
            } while (!at.equals(start));
            polygons.add(corners(ring));
        }
        return polygons;
    }

    /** Marks uncovered cells that the outside cannot reach and that are small both ways. */
    private static void fillSmallHoles(boolean[][] in, int[] xs, int[] ys, int fill) {
        int cols = in.length, rows = cols == 0 ? 0 : in[0].length;
        boolean[][] outside = new boolean[cols][rows];
        java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
        for (int i = 0; i < cols; i++)
            for (int j = 0; j < rows; j++)
                if (!in[i][j] && (i == 0 || j == 0 || i == cols - 1 || j == rows - 1)) {
                    outside[i][j] = true;
                    queue.add(new int[] {i, j});
                }
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            int[] c = queue.poll();
            for (int[] s : steps) {
                int i = c[0] + s[0], j = c[1] + s[1];
                if (i < 0 || j < 0 || i >= cols || j >= rows || in[i][j] || outside[i][j]) continue;
                outside[i][j] = true;
                queue.add(new int[] {i, j});
            }
        }
        for (int i = 0; i < cols; i++)
            for (int j = 0; j < rows; j++)
                if (!in[i][j] && !outside[i][j] && xs[i + 1] - xs[i] <= fill && ys[j + 1] - ys[j] <= fill) in[i][j] = true;
    }

    private static int topLeftFirst(Point a, Point b) {
        return a.y() != b.y() ? Integer.compare(a.y(), b.y()) : Integer.compare(a.x(), b.x());
    }

    private static int add(Map<Point, List<Point>> next, Point from, Point to) {
        next.computeIfAbsent(from, k -> new ArrayList<>(2)).add(to);
        return 1;
    }

    private static int index(int[] sorted, int v) {
        return java.util.Arrays.binarySearch(sorted, v);
    }

    /** The ring without the points that lie on a straight run. */
    private static List<Point> corners(List<Point> ring) {
        List<Point> out = new ArrayList<>();
        int n = ring.size();
        for (int k = 0; k < n; k++) {
            Point prev = ring.get((k + n - 1) % n), p = ring.get(k), nx = ring.get((k + 1) % n);
            boolean straight = (prev.x() == p.x() && p.x() == nx.x()) || (prev.y() == p.y() && p.y() == nx.y());
            if (!straight) out.add(p);
        }
        return out;
    }

    /** The area of the polygons in square points (holes subtract). */
    public static double areaPt2(List<List<Point>> polygons) {
        double sum = 0;
        for (List<Point> ring : polygons) {
            double a = 0;
            for (int k = 0; k < ring.size(); k++) {
                Point p = ring.get(k), q = ring.get((k + 1) % ring.size());
                a += (p.x() / 1000.0) * (q.y() / 1000.0) - (q.x() / 1000.0) * (p.y() / 1000.0);
            }
            sum += a / 2; // clockwise in y-down coordinates gives a positive area
        }
        return sum;
    }

    /** Whether the point lies inside the polygons (even-odd rule). */
    public static boolean contains(List<List<Point>> polygons, double x, double y) {
        boolean inside = false;
        for (List<Point> ring : polygons) {
            for (int k = 0, n = ring.size(); k < n; k++) {
                Point p = ring.get(k), q = ring.get((k + 1) % n);
                if ((p.y() > y) != (q.y() > y)) {
                    double cx = p.x() + (double) (q.x() - p.x()) * (y - p.y()) / (q.y() - p.y());
                    if (x < cx) inside = !inside;
                }
            }
        }
        return inside;
    }
}
