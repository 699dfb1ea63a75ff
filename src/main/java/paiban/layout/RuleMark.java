package paiban.layout;

import paiban.model.style.Cmyk;

/** A straight stroke from (x1, y1) to (x2, y2), millipoints on the page. */
public record RuleMark(int x1, int y1, int x2, int y2, int weight, Cmyk color, StrokeStyle stroke) implements Mark {
    public RuleMark {
        if (stroke == null) stroke = StrokeStyle.SOLID;
    }

    public RuleMark(int x1, int y1, int x2, int y2, int weight, Cmyk color, boolean dashed) {
        this(x1, y1, x2, y2, weight, color, dashed ? StrokeStyle.DASHED : StrokeStyle.SOLID);
    }

    public boolean dashed() { return stroke == StrokeStyle.DASHED; }

    public boolean dotted() { return stroke == StrokeStyle.DOTTED; }
}
