package paiban.compose.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The questions the import clean-up and the editor ask of the composer's one character table: which blanks, what is
 * Chinese, and the option ({@link CharClass.Blanks}) that names where a clean-up asks about fewer blanks.
 */
class CharClassQuestionsTest {

    /** The typed blanks are exactly the import's former list: space, tab, no-break space, ideographic space. */
    @Test
    void typedBlanksAreTheKeyboardsOnes() {
        List<Integer> typed = new ArrayList<>();
        for (int cp = 0; cp < 0x10000; cp++) if (CharClass.isBlank(cp, CharClass.Blanks.TYPED)) typed.add(cp);
        assertEquals(List.of((int) '\t', (int) ' ', 0xA0, 0x3000), typed);
    }

    /** Every blank the composer knows is a blank to ALL: en, thin, hair and zero-width spaces, the word joiner. */
    @ParameterizedTest
    @ValueSource(ints = {' ', '\t', 0xA0, 0x3000, 0x2002, 0x2009, 0x200A, 0x200B, 0x202F, 0x2060, 0xFEFF})
    void allBlanksAreTheComposers(int cp) {
        assertTrue(CharClass.isBlank(cp, CharClass.Blanks.ALL));
        byte c = CharClass.of(cp);
        assertTrue(c == CharClass.SPACE || c == CharClass.NBSP || c == CharClass.IDEO_SPACE);
    }

    /** The option matters: a thin or zero-width space is a blank to the composer but not one a reporter typed. */
    @ParameterizedTest
    @ValueSource(ints = {0x2009, 0x200A, 0x200B, 0x2007, 0x202F, 0x2060, 0xFEFF})
    void typographicSpacesAreNotTyped(int cp) {
        assertTrue(CharClass.isBlank(cp, CharClass.Blanks.ALL));
        assertFalse(CharClass.isBlank(cp, CharClass.Blanks.TYPED));
    }

    @ParameterizedTest
    @ValueSource(ints = {'\n', '\r', 'a', '1', '，', -1})
    void lineFeedsAndLettersAreNoBlanks(int cp) {
        assertFalse(CharClass.isBlank(cp, CharClass.Blanks.ALL));
    }

    /** The punctuation the clean-up knew before is all Chinese to the one table. */
    @Test
    void thePunctuationChineseUsesIsChinese() {
        "，。、；：？！“”‘’（）《》〈〉「」『』【】〔〕——……·～＃＆＊＋－／＠〃〒〜〝〞"
                .codePoints().forEach(cp -> assertTrue(CharClass.isChinese(cp), Character.toString(cp)));
        "中文〇々𠀀".codePoints().forEach(cp -> assertTrue(CharClass.isChinese(cp), Character.toString(cp)));
    }

    /** Their ASCII forms, Latin, digits, kana and blanks are not. */
    @Test
    void asciiPunctuationLatinDigitsKanaAndBlanksAreNotChinese() {
        ",.;:?!()\"'-aZ09ａ０かカ한 \u3000\t".codePoints()
                .forEach(cp -> assertFalse(CharClass.isChinese(cp), Character.toString(cp)));
    }

    /**
     * Where the one table answers differently from the import's former list: the composer's own full-width
     * punctuation it did not name (two-dot leader, hyphenation point, ‼, the two- and three-em dashes, vertical
     * and small forms) now counts as Chinese, and the Japanese letters of the CJK symbols block (〆, the kana
     * repeat marks, 〼) no longer count as punctuation.
     */
    @Test
    void theDifferencesFromTheFormerListAreTheComposersPunctuation() {
        "‥‧‼⁇⸺⸻・︐︑﹐﹑﹙﹚".codePoints().forEach(cp -> assertTrue(CharClass.isChinesePunctuation(cp), Character.toString(cp)));
        "〆〱〵〼".codePoints().forEach(cp -> assertFalse(CharClass.isChinese(cp), Character.toString(cp)));
    }

    /** The Han script is Unicode's, from the table in the BMP and beyond it: ideographs, 〇 and 々, not kana or 〆. */
    @Test
    void hanScriptIsUnicodesAcrossEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (CharClass.isHanScript(cp) != han) assertEquals(han, CharClass.isHanScript(cp), Integer.toHexString(cp));
        }
        assertTrue(CharClass.isHanScript('〇') && CharClass.isHanScript('々') && CharClass.isHanScript(0x20000));
        assertFalse(CharClass.isHanScript('か') || CharClass.isHanScript('〆') || CharClass.isHanScript(-1));
    }

    /** No punctuation outside the BMP or below zero: emoji, supplementary ideographs, -1 (no character). */
    @Test
    void nothingOutsideTheBmpIsChinesePunctuation() {
        assertFalse(CharClass.isChinesePunctuation(-1) || CharClass.isChinesePunctuation(0x1F600)
                || CharClass.isChinesePunctuation(0x20000) || CharClass.isChinesePunctuation(0x110000));
    }
}
