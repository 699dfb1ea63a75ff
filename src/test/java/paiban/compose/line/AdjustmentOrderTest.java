package paiban.compose.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static paiban.compose.line.Compose.SIZE;
import static paiban.compose.line.Compose.dump;
import static paiban.compose.line.Compose.lines;

import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.compose.text.CharClass;
import paiban.layout.GlyphRun;
import paiban.model.story.Paragraph;
import paiban.model.style.Alignment;
import paiban.model.style.ProhibitionLevel;

/** The order in which a line is shrunk and expanded to the measure. */
class AdjustmentOrderTest {

    @Test
    void bracketsGiveTheirBlankBeforeCommas() {
        // 人（民）共和国国务，新闻办。 is 13.5 字 with the stop at half width; the stop cannot
        // start the next line, so half an em is pushed in: from the brackets, not the comma
        String first = "人（民）共和国国务，新闻办。";
        List<ComposedLine> lines = lines(first + ClreqRulesTest.MORE, 13);
        ComposedLine l = lines.get(0);
        assertEquals(first, l.text(), () -> dump(lines));
        assertEquals(SIZE * 3 / 4, Compose.advanceOf(l, 1));
        assertEquals(SIZE * 3 / 4, Compose.advanceOf(l, 3));
        assertEquals(SIZE, Compose.advanceOf(l, 9), "the comma keeps its width");
        assertEquals(l.width(), l.contentEnd());
    }

    @Test
    void punctuationIsNotSqueezedToCramInAnotherCharacter() {
        // 13 字 exactly; squeezing both commas would make room for 闻, but nothing needs it
        String first = "中华，人民，共和国国务院新";
        List<ComposedLine> lines = lines(first + "闻办公室今天", 13);
        ComposedLine l = lines.get(0);
        assertEquals(first, l.text(), () -> dump(lines));
        assertEquals(SIZE, Compose.advanceOf(l, 2));
        assertEquals(SIZE, Compose.advanceOf(l, 5));
    }

    @Test
    void aLongWordIsPushedInWhenThatShrinksLessThanTheLineWouldSpread() {
        // without the word the line would spread by several 字; a little shrinking of the
        // Han-Latin gaps and the comma takes it in instead
        String text = "中华人民共和，国务院Paiban出版社" + ClreqRulesTest.MORE;
        List<ComposedLine> lines = lines(text, 13.2);
        assertEquals("中华人民共和，国务院Paiban", lines.get(0).text(), () -> dump(lines));
        assertEquals(lines.get(0).width(), lines.get(0).contentEnd());
    }

    @Test
    void stopsGiveTheirBlankOnlyAfterPauseMarks() {
        // 。 inside the line and ， both could shrink; half an em is needed: the comma gives it
        String first = "中华人民共和国。国务，新闻办。";
        // widths: 7 + 1 + 2 + 1 + 3 + ½ = 14.5 > 14: push in ½ em
        List<ComposedLine> lines = lines(first + ClreqRulesTest.MORE, 14);
        ComposedLine l = lines.get(0);
        assertEquals(first, l.text(), () -> dump(lines));
        assertEquals(SIZE, Compose.advanceOf(l, 7), "the stop keeps its width");
        assertEquals(SIZE / 2, Compose.advanceOf(l, 10));
    }

    /**
     * Over many measures: Han characters are spaced apart only once every word space has
     * reached ½ em and every Han–Latin gap ½ em.
     */
    @Test
    void wordSpacesAndHanLatinGapsGrowBeforeHanSpacing() {
        String text = "中国ab cd新闻发布会介绍情况" + ClreqRulesTest.MORE + ClreqRulesTest.LINE;
        int spread = 0, spacesOnly = 0;
        for (int width = 13 * SIZE; width < 15 * SIZE; width += 97) {
            List<ComposedLine> lines = Compose.lines(new Paragraph("正文", text), width,
                    Compose.style(0, Alignment.JUSTIFY, ProhibitionLevel.STRICT));
            ComposedLine l = lines.get(0);
            assertEquals(width, l.contentEnd());
            GlyphRun r = l.runs().get(0);
            String t = l.text();
            boolean hanSpread = false;
            for (int i = 1; i < r.length(); i++) {
                boolean han = CharClass.of(t.charAt(i - 1)) == CharClass.HAN && CharClass.of(t.charAt(i)) == CharClass.HAN;
                if (han && r.xs()[i] > r.xs()[i - 1] + r.advances()[i - 1]) hanSpread = true;
            }
            if (!hanSpread) {
                spacesOnly++;
                continue;
            }
            spread++;
            for (int i = 0; i < r.length(); i++) {
                if (t.charAt(i) == ' ' && i < r.length() - 1)
                    assertTrue(r.advances()[i] >= SIZE / 2, () -> "space not at ½ em:\n" + dump(lines));
            }
            int gapBeforeA = r.xs()[2] - (r.xs()[1] + r.advances()[1]);
            assertTrue(gapBeforeA >= SIZE / 2, () -> "Han-Latin gap " + gapBeforeA + " not at ½ em:\n" + dump(lines));
        }
        assertTrue(spread > 0 && spacesOnly > 0, "both cases met: " + spread + " / " + spacesOnly);
    }

    @Test
    void expansionStaysOutOfQuotesAndMarks() {
        // a spread line: no room may open between “ and 中, 国 and ”, or ” and 。
        String text = "他说“中国”。好";
        ComposedLine l = lines(text, 13, Compose.style(0, Alignment.SPREAD, ProhibitionLevel.STRICT)).get(0);
        assertEquals(l.width(), l.contentEnd());
        for (int i : new int[] {3, 5, 6}) {
            int[] a = Compose.glyphAt(l, i - 1), b = Compose.glyphAt(l, i);
            GlyphRun ra = l.runs().get(a[0]), rb = l.runs().get(b[0]);
            int end = Carets.boxLeft(ra, a[1]) + ra.advances()[a[1]];
            assertEquals(end, Carets.boxLeft(rb, b[1]), "room opened before " + text.charAt(i));
        }
        // the room goes where a line may break: between 他 and 说, 说 and “, 。 and 好 (and 中 and 国)
        assertTrue(Compose.xOf(l, 1) > SIZE, "between 他 and 说");
    }

    @Test
    void aLoneLastCharacterIsPushedInWhenTheLineCanShrinkToHoldIt() {
        // 癸。 alone would be a 孤字; the four commas can give half an em each, so it comes up
        // instead of 壬 going down and the first line being spaced out
        String text = "甲，乙，丙，丁，戊己庚辛壬癸。";
        List<ComposedLine> lines = lines(text, 13);
        assertEquals(List.of(text), Compose.texts(lines), () -> dump(lines));
    }

    @Test
    void aLineSpacedPastTheLimitIsLoose() {
        // the word cannot be pushed in: ten Han characters are spread over 13 字 (⅓ 字 a gap)
        List<ComposedLine> lines = lines("中华人民共和国国务院International", 13);
        ComposedLine first = lines.get(0);
        assertEquals("中华人民共和国国务院", first.text(), () -> dump(lines));
        assertTrue(first.loose(), () -> "spacing " + first.letterSpacing());
        assertEquals(3 * SIZE / 9, first.letterSpacing(), 1);
        // a line one character short is spaced by a twelfth of an em: not loose
        List<ComposedLine> tight = lines(ClreqRulesTest.LINE.substring(0, 12) + "International", 13);
        assertTrue(tight.get(0).letterSpacing() > 0 && !tight.get(0).loose(), () -> dump(tight));
        assertEquals(LetterSpacing.limit(SIZE), SIZE / 5);
    }
}
