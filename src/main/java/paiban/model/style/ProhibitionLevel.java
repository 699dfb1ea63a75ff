package paiban.model.style;

/** How strictly line-start and line-end prohibitions (避头尾) apply. */
public enum ProhibitionLevel {
    NONE, BASIC, STRICT,
    /** Like strict, but ？ and ！ may start a line, as many dailies allow. */
    NEWSPAPER
}
