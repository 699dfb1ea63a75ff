package paiban.compose.line;

import static paiban.compose.line.ParagraphText.BLANK_BOTH;
import static paiban.compose.line.ParagraphText.BLANK_LEFT;
import static paiban.compose.line.ParagraphText.BLANK_NONE;
import static paiban.compose.line.ParagraphText.BLANK_RIGHT;

import paiban.compose.text.CharClass;
import paiban.model.style.PunctuationWidth;

/**
 * Widths of full-width punctuation (GB/T 15834, clreq §3.1.6) in the style's
 * {@link PunctuationWidth}: 开明式 as described here, 全身式 (no mark compressed)
 * or 半身式 (every mark half width). A Chinese
 * mark's glyph fills half its em box; the other half is blank and may go:
 * <ul>
 * <li>between two adjacent marks (。」 ）、 」「 《「): 2 em become 1.5 em;</li>
 * <li>at a line end a closing or pause mark takes half width, at a line start an opening
 *     bracket takes half width;</li>
 * <li>inside a line, when the line must shrink, after the Han–Latin gaps.</li>
 * </ul>
 * Only glyphs the font sets full width (≥ 0.95 em) are compressed: a proportional
 * · or ASCII comma has no blank to give.
 */
final class PunctuationCompressor {
    private PunctuationCompressor() {}

    /**
     * Fills {@code blank} and {@code squeeze}, measured against each character's own em
     * (its size times its horizontal scale). Under 全身式 ({@link PunctuationWidth#FULL})
     * no mark has a blank to give.
     */
    static void classify(ParagraphText t) {
        if (t.type.punctuation() == PunctuationWidth.FULL) return;
        byte[] cls = t.cls;
        for (int i = 0; i < t.n; i++) {
            byte b = BLANK_SIDE[cls[i]];
            if (b == BLANK_NONE) continue;
            int em = t.em(t.format[i]);
            if (t.adv[i] >= em * 19 / 20) {
                t.blank[i] = b;
                t.squeeze[i] = t.adv[i] - em / 2;
            }
        }
    }

    /** {@link #blankSide} of each character class. */
    private static final byte[] BLANK_SIDE = new byte[CharClass.COUNT];

    static {
        for (byte c = 0; c < CharClass.COUNT; c++) BLANK_SIDE[c] = blankSide(c);
    }

    private static byte blankSide(byte c) {
        switch (c) {
            case CharClass.STOP:
            case CharClass.EXCL:
            case CharClass.CLOSE:
                return BLANK_RIGHT;
            case CharClass.OPEN:
                return BLANK_LEFT;
            case CharClass.MIDDLE:
                return BLANK_BOTH;
            default:
                return BLANK_NONE;
        }
    }

    /**
     * Adjacent marks: a mark with its blank on the right gives it up before any other
     * mark (。」 ）、 」「); of two opening brackets the second gives up its left blank (《「).
     */
    static void compressAdjacent(ParagraphText t) {
        if (t.type.punctuation() == PunctuationWidth.HALF) {
            // 半身式: every mark gives its blank up wherever it stands
            for (int i = 0; i < t.n; i++) t.adjacentCut[i] = t.squeeze[i];
            return;
        }
        for (int i = 0; i + 1 < t.n; i++) {
            byte a = t.blank[i];
            byte b = t.blank[i + 1];
            if (a == BLANK_NONE || b == BLANK_NONE) continue;
            if (a == BLANK_RIGHT) {
                t.adjacentCut[i] = t.squeeze[i];
            } else if (a == BLANK_LEFT && b == BLANK_LEFT) {
                t.adjacentCut[i + 1] = t.squeeze[i + 1];
            }
        }
    }

    /** What a character gives up at the start of a line: an opening bracket's blank. */
    static int startCut(ParagraphText t, int i) {
        return t.blank[i] == BLANK_LEFT && t.adjacentCut[i] == 0 ? t.squeeze[i] : 0;
    }

    /**
     * What a character gives up at the end of a line: a closing or pause mark's blank, or a
     * whole space. An interpunct keeps its width there (its blank is on both sides, and
     * the line's last glyph must end where its box ends).
     */
    static int endCut(ParagraphText t, int i) {
        if (t.blank[i] == BLANK_RIGHT && t.adjacentCut[i] == 0) return t.squeeze[i];
        if (t.cls[i] == CharClass.SPACE) return t.adv[i];
        return 0;
    }

    /** Part of a reduction taken from the glyph's left side, so the glyph moves left by it. */
    static int leftPart(ParagraphText t, int i, int reduction) {
        byte b = t.blank[i];
        if (b == BLANK_LEFT) return reduction;
        if (b == BLANK_BOTH) return reduction / 2;
        return 0;
    }
}
