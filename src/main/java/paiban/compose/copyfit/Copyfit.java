package paiban.compose.copyfit;

import paiban.layout.FrameInfo;
import paiban.layout.StoryFit;

/** How the desk says it: 超 N 字 when text is over, 空 N 行 when lines are left, 正好 when it fits exactly. */
public final class Copyfit {
    private Copyfit() {}

    public static String describe(StoryFit fit) {
        return describe(fit.overset(), fit.linesLeft());
    }

    public static String describe(FrameInfo frame) {
        return describe(frame.oversetChars(), frame.linesLeft());
    }

    public static String describe(int oversetChars, int linesLeft) {
        if (oversetChars > 0) return "超 " + oversetChars + " 字";
        if (linesLeft > 0) return "空 " + linesLeft + " 行";
        return "正好";
    }
}
