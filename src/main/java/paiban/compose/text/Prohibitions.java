package paiban.compose.text;

import paiban.model.style.ProhibitionLevel;

/**
 * Which classes may not start or end a line (避头尾), per level, as tables
 * indexed by {@link CharClass}.
 * <ul>
 * <li>NONE: no prohibition; only unsplittable clusters (words, numbers, ——, ……) hold.</li>
 * <li>BASIC: the core of clreq: ，。、；：？！ and closing brackets/quotes (full and half
 *     width) never start a line; opening brackets/quotes never end one.</li>
 * <li>STRICT: BASIC plus interpuncts ·・, units %‰℃°, iteration marks and small kana
 *     never start a line, and currency prefixes ￥$£ never end one.</li>
 * <li>NEWSPAPER: STRICT, except that ？ and ！ may start a line, as many dailies allow
 *     to keep lines tight.</li>
 * </ul>
 */
public final class Prohibitions {
    private static final boolean[][] NOT_AT_START = new boolean[ProhibitionLevel.values().length][CharClass.COUNT];
    private static final boolean[][] NOT_AT_END = new boolean[ProhibitionLevel.values().length][CharClass.COUNT];

    static {
        for (ProhibitionLevel level : ProhibitionLevel.values()) {
            boolean[] s = NOT_AT_START[level.ordinal()];
            boolean[] e = NOT_AT_END[level.ordinal()];
            if (level == ProhibitionLevel.NONE) continue;
            s[CharClass.STOP] = true;
            s[CharClass.CLOSE] = true;
            s[CharClass.W_CLOSE] = true;
            s[CharClass.EXCL] = level != ProhibitionLevel.NEWSPAPER;
            e[CharClass.OPEN] = true;
            e[CharClass.W_OPEN] = true;
            if (level == ProhibitionLevel.BASIC) continue;
            s[CharClass.MIDDLE] = true;
            s[CharClass.POSTFIX] = true;
            s[CharClass.ITERATION] = true;
            e[CharClass.PREFIX] = true;
        }
    }

    private Prohibitions() {}

    /** The class must not begin a line at this level. */
    public static boolean notAtStart(ProhibitionLevel level, byte charClass) {
        return NOT_AT_START[level.ordinal()][charClass];
    }

    /** The class must not end a line at this level. */
    public static boolean notAtEnd(ProhibitionLevel level, byte charClass) {
        return NOT_AT_END[level.ordinal()][charClass];
    }

    /** Row of {@link #notAtStart} for a level, for loops over many characters. */
    static boolean[] startRow(ProhibitionLevel level) {
        return NOT_AT_START[level.ordinal()];
    }

    static boolean[] endRow(ProhibitionLevel level) {
        return NOT_AT_END[level.ordinal()];
    }
}
