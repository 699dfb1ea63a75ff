package paiban.compose.flow;

import java.util.ArrayList;
import java.util.List;

import paiban.layout.LineBox;
import paiban.model.frame.TextFrame;
import paiban.model.frame.VerticalAlign;

/**
 * Vertical alignment of the frame where a story ends: a centred or
 * bottom-aligned frame (a caption under a photo) moves its lines down by
 * whole grid lines, so they stay on the page grid. Justified frames keep
 * the grid too and are set from the top. A jump line （上接第一版） stays at
 * the top: it heads the part of the story that continues here, and the text
 * is aligned in the rows under it.
 */
final class VerticalAligner {
    private VerticalAligner() {}

    static List<FlowItem> align(StoryFlow flow, List<FlowItem> items) {
        if (flow.overset() || items.isEmpty()) return items;
        int lastChain = items.get(items.size() - 1).chainIndex();
        ChainPlan.Link link = flow.plan.link(lastChain);
        if (!(link.frame() instanceof TextFrame tf) || link.plan() == null || !link.plan().uniform) return items;
        VerticalAlign va = tf.verticalAlign();
        if (va != VerticalAlign.CENTER && va != VerticalAlign.BOTTOM) return items;
        FramePlan plan = link.plan();
        int rows = plan.lines.get(0).length;
        if (rows == 0) return items;
        int firstGrid = plan.lines.get(0)[0][0];
        int first = items.size();
        while (first > 0 && items.get(first - 1).chainIndex() == lastChain) first--;
        // free rows under the lowest line of every column that holds lines
        int[] bottom = new int[plan.columns.size()];
        java.util.Arrays.fill(bottom, -1);
        for (FlowItem it : items.subList(first, items.size())) {
            int col = column(plan, it);
            if (col < 0) return items;
            bottom[col] = Math.max(bottom[col], it.gridLine() - firstGrid + it.span());
        }
        int free = rows;
        for (int b : bottom) if (b >= 0) free = Math.min(free, rows - b);
        int shift = va == VerticalAlign.BOTTOM ? free : free / 2;
        if (shift <= 0) return items;
        int dy = shift * link.template().pitch();
        List<FlowItem> out = new ArrayList<>(items.subList(0, first));
        for (FlowItem it : items.subList(first, items.size())) out.add(it instanceof FlowItem.Text ? moved(it, shift, dy) : it);
        return out;
    }

    private static int column(FramePlan plan, FlowItem it) {
        int x = it instanceof FlowItem.Text t ? t.box().x() : ((FlowItem.Jump) it).line().x();
        for (int c = 0; c < plan.columns.size(); c++) {
            if (x >= plan.columns.get(c).x() && x < plan.columns.get(c).right()) return c;
        }
        return -1;
    }

    private static FlowItem moved(FlowItem it, int rows, int dy) {
        FlowItem.Text t = (FlowItem.Text) it;
        LineBox b = t.box();
        return new FlowItem.Text(t.chainIndex(), t.slot() + rows, t.span(), t.gridLine() + rows,
                new LineBox(b.x(), b.baseline() + dy, b.width(), b.runs(), b.storyId(), b.paragraph(), b.start(), b.end()),
                t.chars(), t.loose());
    }
}
