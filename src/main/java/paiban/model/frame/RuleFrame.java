package paiban.model.frame;

import paiban.model.Rect;
import paiban.model.style.Cmyk;

/** A column rule, a rule between stories, or a box around a story. */
public record RuleFrame(String id, Rect bounds, RuleStyle style, int weight, Cmyk color,
                        boolean locked, String group) implements Frame {
    public RuleFrame {
        if (style == null) style = RuleStyle.SOLID;
        if (weight <= 0) throw new IllegalArgumentException("rule " + id + ": weight must be positive");
        if (color == null) color = Cmyk.BLACK;
        group = Frame.nonNull(group);
    }

    public RuleFrame(String id, Rect bounds, RuleStyle style, int weight) {
        this(id, bounds, style, weight, Cmyk.BLACK, false, "");
    }

    /** True when the rule runs across the page rather than down it. */
    public boolean horizontal() { return bounds.width() >= bounds.height(); }

    @Override public RuleFrame withId(String newId) { return new RuleFrame(newId, bounds, style, weight, color, locked, group); }

    @Override public TextWrap wrap() { return null; }

    @Override public RuleFrame withBounds(Rect b) { return new RuleFrame(id, b, style, weight, color, locked, group); }

    @Override public RuleFrame withLocked(boolean l) { return new RuleFrame(id, bounds, style, weight, color, l, group); }

    @Override public RuleFrame withGroup(String g) { return new RuleFrame(id, bounds, style, weight, color, locked, g); }

    @Override public String kind() { return "rule"; }
}
