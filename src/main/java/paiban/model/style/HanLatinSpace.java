package paiban.model.style;

/** Space between Han characters and Latin letters or digits (clreq §3.2.3). */
public enum HanLatinSpace {
    /** A quarter 字, dropped at a line start, the first space to shrink: the default. */
    QUARTER,
    /** No space: the characters touch, as some papers set numbers in headlines. */
    NONE
}
