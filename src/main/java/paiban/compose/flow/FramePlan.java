package paiban.compose.flow;

import java.util.ArrayList;
import java.util.List;

import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.TextFrame;

/**
 * The grid lines a text frame offers, column by column: each column's lines
 * are the page grid lines whose body lies inside the frame (less its inset),
 * narrowed or blocked where a wrapping frame covers them.
 */
final class FramePlan {
    /** A line in a column narrower than this (two body characters) is skipped rather than set. */
    static int minWidth(PageTemplate t) { return 2 * t.bodySize(); }

    final TextFrame frame;
    final PageTemplate template;
    final List<Rect> columns;
    /** Per column: {gridLine, x, width, fullWidth} rows. */
    final List<int[][]> lines;
    final boolean uniform;
    /** The frame is a vertical one turned 90° ({@link VerticalFrames}): rectangles here are in the turned space. */
    final boolean turned;
    /** The {@link PlanCache} generation that last used this plan. */
    int used;

    FramePlan(Page page, TextFrame frame, PageTemplate t) {
        this(frame, t, page.frame(frame.id()).map(VerticalFrames::vertical).orElse(false), wraps(page, frame, t));
    }

    /**
     * The runaround rectangles that reach {@code frame} (page-space wraps turned with it when it is a
     * turned vertical frame): all of the page a plan depends on besides the frame and template.
     */
    static WrapArea wraps(Page page, TextFrame frame, PageTemplate t) {
        WrapArea wraps = WrapArea.around(page, frame);
        if (page.frame(frame.id()).map(VerticalFrames::vertical).orElse(false)) wraps = wraps.turned(t);
        return wraps.near(frame);
    }

    FramePlan(TextFrame frame, PageTemplate t, boolean turned, WrapArea wraps) {
        this.frame = frame;
        this.template = t;
        Rect inner = frame.textArea();
        int colW = Math.max(0, frame.columnWidth());
        int first = ceilDiv(inner.y() - t.marginTop(), t.pitch());
        int count = 0;
        while (t.lineTop(first + count) + t.bodySize() <= inner.bottom()) count++;
        this.turned = turned;
        List<Rect> cols = new ArrayList<>();
        List<int[][]> rows = new ArrayList<>();
        boolean same = true;
        for (int c = 0; c < frame.columns(); c++) {
            int cx = inner.x() + c * (colW + frame.gap());
            cols.add(new Rect(cx, inner.y(), colW, inner.height()));
            int[][] col = new int[count][];
            for (int i = 0; i < count; i++) {
                int g = first + i;
                int top = t.lineTop(g);
                int[] free = wraps.isEmpty() ? new int[] {cx, colW}
                        : wraps.free(cx, colW, top, top + t.bodySize(), minWidth(t));
                if (colW < t.bodySize()) free = new int[] {cx, 0};
                if (free[1] != colW) same = false;
                col[i] = new int[] {g, free[0], free[1], colW};
            }
            rows.add(col);
        }
        this.columns = List.copyOf(cols);
        this.lines = List.copyOf(rows);
        this.uniform = same;
    }

    int lineCount() {
        int n = 0;
        for (int[][] col : lines) for (int[] row : col) if (row[2] > 0) n++;
        return n;
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }
}
