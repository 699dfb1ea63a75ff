package paiban.model.style;

public enum Alignment {
    JUSTIFY, LEFT, CENTER, RIGHT,
    /** 分散对齐: every line, the last included, spread edge to edge. */
    SPREAD
}
