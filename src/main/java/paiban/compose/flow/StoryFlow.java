package paiban.compose.flow;

import java.util.List;

import paiban.model.story.Story;
import paiban.model.style.StyleSheet;

/**
 * A story flowed through its chain: the items in order, and a checkpoint at
 * every paragraph start (slot, pending space, part, items so far) from which a
 * later edit can resume and against which it can tell that the rest is
 * unchanged.
 */
final class StoryFlow {
    static final int NOT_REACHED = -1;

    final Story story;
    final ChainPlan plan;
    final StyleSheet sheet;
    final List<FlowItem> items;
    final int[] startSlot;
    final int[] startPending;
    final int[] startItems;
    final int[] startPart;
    /** Per paragraph: the first paragraph of the headline stack that set it, -1 when it was set as text. */
    final int[] stackOf;
    /** First paragraph and UTF-16 position that did not fit; paragraph -1 when all text is set. */
    final int oversetParagraph;
    final int oversetPosition;
    /** Slot index after the last one used. */
    final int endSlot;
    /** Paragraphs composed to make this flow (the rest came from an earlier flow). */
    final int composedParagraphs;

    StoryFlow(Story story, ChainPlan plan, StyleSheet sheet, List<FlowItem> items, int[] startSlot, int[] startPending,
              int[] startItems, int[] startPart, int[] stackOf, int oversetParagraph, int oversetPosition, int endSlot, int composedParagraphs) {
        this.story = story;
        this.plan = plan;
        this.sheet = sheet;
        this.items = List.copyOf(items);
        this.startSlot = startSlot;
        this.startPending = startPending;
        this.startItems = startItems;
        this.startPart = startPart;
        this.stackOf = stackOf;
        this.oversetParagraph = oversetParagraph;
        this.oversetPosition = oversetPosition;
        this.endSlot = endSlot;
        this.composedParagraphs = composedParagraphs;
    }

    boolean overset() { return oversetParagraph >= 0; }

    /** Characters (code points) that fit no slot. */
    int oversetChars() {
        if (oversetParagraph < 0) return 0;
        int n = 0;
        for (int p = oversetParagraph; p < story.paragraphs().size(); p++) {
            String t = story.paragraphs().get(p).text();
            int from = p == oversetParagraph ? Math.min(oversetPosition, t.length()) : 0;
            n += t.codePointCount(from, t.length());
        }
        return n;
    }

    /**
     * The latest paragraph at or before {@code p} from which flowing can
     * resume: not inside a headline stack, nor right after one (an edit there
     * could change what the stack takes).
     */
    int resumableAtOrBefore(int p) {
        while (p > 0) {
            if (!reached(p)) { p--; continue; }
            if (stackOf[p] >= 0 && stackOf[p] != p) { p = stackOf[p]; continue; }
            if (stackOf[p - 1] >= 0) { p = stackOf[p - 1]; continue; }
            return p;
        }
        return 0;
    }

    boolean reached(int paragraph) {
        return paragraph < startItems.length && startItems[paragraph] != NOT_REACHED;
    }
}
