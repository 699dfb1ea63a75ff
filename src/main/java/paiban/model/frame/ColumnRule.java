package paiban.model.frame;

import paiban.model.style.Cmyk;

/**
 * 栏线: a rule down the middle of each gap between a text frame's columns,
 * from the top of its text area to the bottom.
 */
public record ColumnRule(int weight, RuleStyle style, Cmyk color) {
    public ColumnRule {
        if (weight <= 0) throw new IllegalArgumentException("column rule weight must be positive, was " + weight);
        if (style == null || style == RuleStyle.BOX) style = RuleStyle.SOLID;
        if (color == null) color = Cmyk.BLACK;
    }

    public ColumnRule withWeight(int w) { return new ColumnRule(w, style, color); }

    public ColumnRule withStyle(RuleStyle s) { return new ColumnRule(weight, s, color); }

    public ColumnRule withColor(Cmyk c) { return new ColumnRule(weight, style, c); }
}
