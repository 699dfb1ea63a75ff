package paiban.compose.flow;

import java.util.ArrayList;
import java.util.List;

import paiban.compose.jump.JumpLine;
import paiban.layout.LineBox;
import paiban.model.frame.TextFrame;

/**
 * Balances the columns of a story's last frame: the lines set there are
 * redistributed over its columns with the smallest equal column height that
 * holds them, keeping each line's content (the measure is unchanged) and
 * the paragraph spacing between lines of one column. A continuation's
 * 转版标题 across the top of the frame stays there; the columns balance
 * under it.
 */
final class ColumnBalancer {
    private ColumnBalancer() {}

    static List<FlowItem> balance(StoryFlow flow) {
        List<FlowItem> items = flow.items;
        if (!flow.story.balanceLastFrame() || flow.overset() || flow.plan.links.isEmpty() || items.isEmpty()) return items;
        ChainPlan.Link last = flow.plan.links.get(flow.plan.links.size() - 1);
        if (!(last.frame() instanceof TextFrame tf) || last.plan() == null || !last.plan().uniform || tf.columns() < 2) return items;
        int rows = last.plan().lines.get(0).length;
        int cols = tf.columns();
        int firstItem = items.size();
        while (firstItem > 0 && items.get(firstItem - 1).chainIndex() == last.index()) firstItem--;
        if (firstItem == items.size()) return items;
        int base = -1;
        for (int s = 0; s < flow.plan.slots.size(); s++) {
            if (flow.plan.slots.get(s).chainIndex() == last.index()) { base = s; break; }
        }
        // a 转版标题 runs across the top of the columns: it stays, and the columns balance below it
        int top = 0;
        while (firstItem < items.size() && items.get(firstItem) instanceof FlowItem.Text t && t.box().paragraph() < 0) {
            top = Math.max(top, t.gridLine() - gridLineOf(flow, base) + t.span());
            firstItem++;
        }
        if (firstItem == items.size()) return items;
        List<FlowItem> tail = items.subList(firstItem, items.size());
        for (FlowItem it : tail) if (it instanceof FlowItem.Text t && t.box().paragraph() < 0) return items;
        int[] gaps = new int[tail.size()];
        int total = 0, prevCol = -1, prevEnd = 0;
        for (int i = 0; i < tail.size(); i++) {
            FlowItem it = tail.get(i);
            int col = (it.slot() - base) / rows, row = (it.slot() - base) % rows;
            gaps[i] = col == prevCol ? Math.max(0, row - prevEnd) : 0;
            total += gaps[i] + it.span();
            prevCol = col;
            prevEnd = row + it.span();
        }
        for (int height = Math.max(1, (total + cols - 1) / cols); height <= rows - top; height++) {
            List<FlowItem> placed = place(tail, gaps, height, top, cols, rows, base, last.plan(), flow);
            if (placed != null) {
                List<FlowItem> out = new ArrayList<>(items.subList(0, firstItem));
                out.addAll(placed);
                return out;
            }
        }
        return items;
    }

    /** The tail in columns of {@code height} grid lines, from row {@code top} of each column; null if it does not fit. */
    private static List<FlowItem> place(List<FlowItem> tail, int[] gaps, int height, int top, int cols, int rows, int base,
                                        FramePlan plan, StoryFlow flow) {
        List<FlowItem> out = new ArrayList<>(tail.size());
        int col = 0, used = 0;
        for (int i = 0; i < tail.size(); i++) {
            FlowItem it = tail.get(i);
            int gap = used == 0 ? 0 : gaps[i];
            if (used + gap + it.span() > height) {
                col++;
                used = 0;
                gap = 0;
            }
            if (col >= cols || it.span() > height) return null;
            int row = top + used + gap;
            out.add(moved(it, base + col * rows + row, plan.lines.get(col)[row], flow));
            used = row - top + it.span();
        }
        return out;
    }

    private static int gridLineOf(StoryFlow flow, int slot) {
        return flow.plan.slots.get(slot).gridLine();
    }

    private static FlowItem moved(FlowItem it, int slot, int[] row, StoryFlow flow) {
        int pitch = flow.plan.link(it.chainIndex()).template().pitch();
        if (it instanceof FlowItem.Text t) {
            int dy = (row[0] - t.gridLine()) * pitch;
            int dx = row[1] - flow.plan.slots.get(t.slot()).x();
            LineBox b = t.box();
            LineBox nb = new LineBox(b.x() + dx, b.baseline() + dy, b.width(), b.runs(), b.storyId(), b.paragraph(),
                    b.start(), b.end());
            return new FlowItem.Text(t.chainIndex(), slot, t.span(), row[0], nb, t.chars(), t.loose());
        }
        FlowItem.Jump j = (FlowItem.Jump) it;
        int dy = (row[0] - j.gridLine()) * pitch;
        int dx = row[1] - flow.plan.slots.get(j.slot()).x();
        JumpLine l = j.line();
        JumpLine nl = new JumpLine(l.storyId(), l.direction(), l.pageId(), l.targetId(), l.x() + dx, l.baseline() + dy, l.width());
        return new FlowItem.Jump(j.chainIndex(), slot, j.span(), row[0], nl, j.style());
    }
}
