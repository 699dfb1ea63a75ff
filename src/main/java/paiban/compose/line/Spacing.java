package paiban.compose.line;

import paiban.compose.text.CharClass;
import paiban.model.style.HanLatinSpace;

/**
 * The quarter-em between Han and Latin letters or digits (clreq §3.2.3): set
 * before the character that follows the script change, dropped when that
 * character begins a line, and the first space to shrink (to an eighth);
 * none when the style's {@link HanLatinSpace} says so. (Tracking is
 * {@link ParagraphText#track}.)
 */
final class Spacing {
    private Spacing() {}

    static void addHanLatinGaps(ParagraphText t) {
        if (t.type.hanLatin() == HanLatinSpace.NONE) return;
        int quarter = t.size / 4;
        byte[] cls = t.cls;
        for (int i = 1; i < t.n; i++) {
            if (cls[i] == cls[i - 1]) continue; // a gap needs a Han character beside a western one
            boolean hanA = isHanSide(t, i - 1);
            boolean hanB = isHanSide(t, i);
            if ((hanA && isWesternSide(t, i)) || (hanB && isWesternSide(t, i - 1))) t.gap[i] = quarter;
        }
    }

    private static boolean isHanSide(ParagraphText t, int i) {
        return t.cls[i] == CharClass.HAN;
    }

    /** Letters, digits and the narrow signs glued to numbers ($5, 5%). */
    private static boolean isWesternSide(ParagraphText t, int i) {
        byte c = t.cls[i];
        if (CharClass.isAlnum(c)) return t.cps[i] < 0xFF00; // full-width letters bring their own spacing
        return (c == CharClass.PREFIX || c == CharClass.POSTFIX) && t.cps[i] < 0x2000;
    }
}
