package paiban.compose.flow;

import paiban.compose.copyfit.FrameFit;
import paiban.model.frame.HeadlineFrame;

/** Counts a chain frame's copyfit from a story's flow (before column balancing, which moves lines but fills nothing). */
final class FrameFitCounter {
    private FrameFitCounter() {}

    static FrameFit count(StoryFlow flow, ChainPlan.Link link) {
        int used = 0, chars = 0;
        int headTop = Integer.MAX_VALUE, headEnd = Integer.MIN_VALUE;
        int columns = link.plan() == null ? 1 : link.plan().columns.size();
        for (FlowItem item : flow.items) {
            if (item.chainIndex() != link.index()) continue;
            if (item instanceof FlowItem.Text t && t.box().paragraph() < 0 && link.plan() != null) {
                // a 转版标题 runs across every column of the frame
                used += item.span() * columns;
                headTop = Math.min(headTop, t.gridLine());
                headEnd = Math.max(headEnd, t.gridLine() + t.span());
                continue;
            }
            used += item.span();
            if (item instanceof FlowItem.Text t) chars += t.chars();
        }
        int left = 0;
        if (link.frame() instanceof HeadlineFrame h) {
            left = Math.max(0, HeadlineStack.gridLines(h.textArea(), link.template())[1] - used);
        } else if (!flow.overset()) {
            for (int s = flow.endSlot; s < flow.plan.slots.size(); s++) {
                Slot slot = flow.plan.slots.get(s);
                boolean underHead = slot.gridLine() >= headTop && slot.gridLine() < headEnd;
                if (slot.chainIndex() == link.index() && slot.usable() && !underHead && !reserved(flow.plan, s)) left++;
            }
        }
        return new FrameFit(used, left, chars);
    }

    private static boolean reserved(ChainPlan plan, int s) {
        for (int r : plan.reserved) if (r == s) return true;
        return false;
    }
}
