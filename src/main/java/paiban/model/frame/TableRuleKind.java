package paiban.model.frame;

/** The line a table rule is drawn with, as Chinese tables name them. */
public enum TableRuleKind {
    NONE,
    /** 反线: the thick line, usually the table's outer frame. */
    THICK,
    /** 正线: the thin line between rows and columns. */
    THIN,
    DOTTED
}
