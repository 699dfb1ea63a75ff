package paiban.compose.flow;

import paiban.compose.jump.JumpLine;
import paiban.layout.LineBox;
import paiban.model.style.ParagraphStyle;

/** Something the flow placed in a story's slots, in order. */
sealed interface FlowItem permits FlowItem.Text, FlowItem.Jump {
    int chainIndex();

    /** First slot the item occupies. */
    int slot();

    /** Grid lines it occupies. */
    int span();

    /** Page grid line of its first line. */
    int gridLine();

    /**
     * A line of the story, or a generated line (转版标题) when its paragraph is -1; {@code loose} when the
     * composer letter-spaced it past the limit.
     */
    record Text(int chainIndex, int slot, int span, int gridLine, LineBox box, int chars, boolean loose) implements FlowItem {
        Text(int chainIndex, int slot, int span, int gridLine, LineBox box, int chars) {
            this(chainIndex, slot, span, gridLine, box, chars, false);
        }

        Text withParagraph(int paragraph) {
            LineBox b = new LineBox(box.x(), box.baseline(), box.width(), box.runs(), box.storyId(), paragraph,
                    box.start(), box.end(), box.vertical());
            return new Text(chainIndex, slot, span, gridLine, b, chars, loose);
        }
    }

    /** A reserved jump line, words still unknown. */
    record Jump(int chainIndex, int slot, int span, int gridLine, JumpLine line, ParagraphStyle style) implements FlowItem {}
}
