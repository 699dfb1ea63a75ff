package paiban.model;

/** How jump lines and headers name a page. */
public enum PageNaming {
    /** 第三版, 第十二版 */
    CHINESE_NUMERAL,
    /** A3版, from the page label */
    LABEL
}
