package paiban.model.style;

/** How wide full-width punctuation is set (标点符号的宽度). */
public enum PunctuationWidth {
    /** 开明式: full width inside a line, half width at a line end and between two marks: the default. */
    KAIMING,
    /** 全身式: every mark full width, at line ends too. */
    FULL,
    /** 半身式: every mark half width. */
    HALF
}
