package paiban.model.frame;

import paiban.model.style.Cmyk;

/**
 * One kind of line of a table.
 *
 * @param weight millipoints; 0 takes the kind's usual weight (反线 1 pt, 正线 and dotted 0.25 pt)
 */
public record TableRule(TableRuleKind kind, int weight) {
    public static final TableRule NONE = new TableRule(TableRuleKind.NONE, 0);
    public static final TableRule THICK = new TableRule(TableRuleKind.THICK, 0);
    public static final TableRule THIN = new TableRule(TableRuleKind.THIN, 0);

    public TableRule {
        if (kind == null) kind = TableRuleKind.THIN;
        if (weight < 0) throw new IllegalArgumentException("a table rule's weight must not be negative");
    }

    /** The weight drawn, millipoints. */
    public int drawnWeight() {
        if (weight > 0) return weight;
        return kind == TableRuleKind.THICK ? 1000 : 250;
    }

    public boolean drawn() { return kind != TableRuleKind.NONE; }

    /** Table rules print in black, like body text. */
    public Cmyk color() { return Cmyk.BLACK; }
}
