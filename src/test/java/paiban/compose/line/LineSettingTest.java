package paiban.compose.line;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static paiban.compose.line.Compose.FONTS;
import static paiban.compose.line.Compose.SIZE;
import static paiban.compose.line.Compose.dump;
import static paiban.compose.line.Compose.lines;
import static paiban.compose.line.Compose.style;
import static paiban.compose.line.Compose.texts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.compose.text.MissingGlyphs;
import paiban.font.FontFace;
import paiban.font.FontLibrary;
import paiban.layout.GlyphRun;
import paiban.model.story.Paragraph;
import paiban.model.style.Alignment;
import paiban.model.style.Cmyk;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.ProhibitionLevel;

/** Spacing, alignment, indent, styles and fallback of set lines. */
class LineSettingTest {
    static final String LINE = ClreqRulesTest.LINE;
    static final String MORE = ClreqRulesTest.MORE;
    static final ProhibitionLevel STRICT = ProhibitionLevel.STRICT;

    private static int natural(String s) {
        FontFace f = FONTS.face(FontLibrary.SERIF);
        int w = 0;
        for (int cp : s.codePoints().toArray()) w += f.advance(f.glyphId(cp), SIZE);
        return w;
    }

    @Test
    void quarterEmBetweenHanAndLatinOrDigits() {
        String text = "中文abc中文12中";
        ComposedLine l = lines(text, 30, style(0, Alignment.LEFT, STRICT)).get(0);
        int q = SIZE / 4;
        assertEquals(2 * SIZE + q, Compose.xOf(l, 2), "gap before a");
        assertEquals(2 * SIZE + q + natural("abc") + q, Compose.xOf(l, 5), "gap after c");
        assertEquals(4 * SIZE + 2 * q + natural("abc") + q, Compose.xOf(l, 7), "gap before 1");
        assertEquals(4 * SIZE + 4 * q + natural("abc12"), Compose.xOf(l, 9), "gap after 2");
    }

    @Test
    void noQuarterEmBesideFullWidthDigits() {
        ComposedLine l = lines("中２０文", 30, style(0, Alignment.LEFT, STRICT)).get(0);
        assertEquals(SIZE, Compose.xOf(l, 1));
        assertEquals(3 * SIZE, Compose.xOf(l, 3));
    }

    @Test
    void noQuarterEmAtALineStart() {
        String text = LINE + "abc" + MORE;
        List<ComposedLine> lines = lines(text, 13);
        ComposedLine second = lines.get(1);
        assertTrue(second.text().startsWith("abc"), () -> dump(lines));
        assertEquals(0, second.runs().get(0).xs()[0]);
    }

    @Test
    void noQuarterEmBesideChinesePunctuation() {
        ComposedLine l = lines("中，abc。", 30, style(0, Alignment.LEFT, STRICT)).get(0);
        assertEquals(2 * SIZE, Compose.xOf(l, 2));
    }

    @Test
    void firstLineIsIndentedByTheStyle() {
        List<ComposedLine> lines = lines(LINE + MORE + LINE, 13, style(2, Alignment.JUSTIFY, STRICT));
        assertEquals(2 * SIZE, lines.get(0).runs().get(0).xs()[0]);
        assertEquals(11, lines.get(0).text().length());
        assertEquals(0, lines.get(1).runs().get(0).xs()[0]);
        assertEquals(lines.get(0).width(), lines.get(0).contentEnd());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LEFT, 0", "CENTER, 45000", "RIGHT, 90000"})
    void shortLineAlignment(Alignment alignment, int x) {
        ComposedLine l = lines("新闻发布会", 14, style(0, alignment, STRICT)).get(0);
        assertEquals(x, l.runs().get(0).xs()[0]);
    }

    @Test
    void lastLineOfAJustifiedParagraphIsNotSpread() {
        List<ComposedLine> lines = lines(LINE + "发布会", 13);
        assertEquals(3 * SIZE, lines.get(1).contentEnd());
        assertTrue(lines.get(1).last());
    }

    @Test
    void spreadAlignmentFillsEveryLineIncludingTheLast() {
        List<ComposedLine> lines = lines("新闻发布会", 14, style(0, Alignment.SPREAD, STRICT));
        ComposedLine l = lines.get(0);
        assertEquals(l.width(), l.contentEnd());
        int[] xs = l.runs().get(0).xs();
        assertArrayEquals(new int[] {0, 32500, 65000, 97500, 130000}, new int[] {xs[0], xs[1], xs[2], xs[3], xs[4]});
    }

    @Test
    void justifiedLinesEndExactlyAtAnOddMeasure() {
        // a measure in millipoints no character count divides
        String text = LINE + "，W3C的iPhone 15、《新闻》……" + MORE + "3.8万" + LINE;
        for (int width = 90_001; width < 140_000; width += 3_331) {
            List<ComposedLine> lines = lines(new Paragraph("正文", text), width, style(2, Alignment.JUSTIFY, STRICT));
            assertEquals(text, String.join("", texts(lines)));
            for (ComposedLine l : lines) if (!l.last()) assertEquals(width, l.contentEnd(), () -> dump(lines));
        }
    }

    @Test
    void latinWordsBreakAtSpacesAndTheSpaceVanishesAtTheLineEnd() {
        String text = "Paiban sets Chinese newspapers with the rules of the W3C";
        List<ComposedLine> lines = lines(text, 13);
        assertEquals(text, String.join("", texts(lines)));
        for (ComposedLine l : lines) {
            assertFalse(l.text().startsWith(" "), () -> dump(lines));
            if (!l.last()) {
                assertTrue(l.text().endsWith(" "), () -> dump(lines));
                GlyphRun r = l.runs().get(l.runs().size() - 1);
                assertEquals(0, r.advances()[r.length() - 1], "trailing space takes no room");
                assertEquals(l.width(), l.contentEnd());
            }
        }
    }

    @Test
    void characterRunsSplitIntoTheirOwnGlyphRuns() {
        Paragraph p = Compose.withRun("中华人民共和国", 2, 4, "强调");
        ComposedLine l = Compose.lines(p, 13 * SIZE, style(0, Alignment.JUSTIFY, STRICT)).get(0);
        assertEquals(3, l.runs().size());
        GlyphRun bold = l.runs().get(1);
        assertEquals("人民", bold.text());
        assertEquals(FontLibrary.SERIF_BOLD, bold.face().name());
        assertEquals(Cmyk.RED, bold.color());
        assertArrayEquals(new int[] {2, 3}, bold.sources());
        assertEquals(FontLibrary.SANS_BOLD, Compose.lines(Compose.withRun("中华人民", 0, 2, "粗体"), 13 * SIZE,
                style(0, Alignment.JUSTIFY, STRICT)).get(0).runs().get(0).face().name());
    }

    @Test
    void missingCharactersFallBackInTheirOwnRunAndAreReported() {
        MissingGlyphs missing = new MissingGlyphs();
        ParagraphSetter setter = new ParagraphSetter(FONTS, missing);
        String text = "中\uF900文\uD856\uDED7字";   // 豈 (U+F900) and 𥫗 (U+25AD7): not in Noto Serif SC, in Noto Sans SC
        LineCursor c = setter.start(new Paragraph("正文", text), style(0, Alignment.LEFT, STRICT), Compose.SHEET);
        ComposedLine l = c.next(13 * SIZE);
        assertEquals(text, l.text());
        assertEquals(5, l.runs().size());
        assertEquals(FontLibrary.SANS, l.runs().get(1).face().name());
        assertTrue(l.runs().get(1).glyphs()[0] != 0);
        assertArrayEquals(new int[] {3}, l.runs().get(3).sources(), "UTF-16 index of the surrogate pair");
        assertEquals(2, missing.occurrences());
        assertEquals(List.of(0xF900, 0x25AD7), missing.entries().stream().map(MissingGlyphs.Entry::codePoint).toList());
        assertTrue(missing.entries().get(0).fallbackHasIt());
        ParagraphCursor pc = assertInstanceOf(ParagraphCursor.class, c);
        assertArrayEquals(new int[] {0xF900, 0x25AD7}, pc.missingCodePoints());
    }

    @Test
    void strayControlCharactersAreKeptInvisibleAndNotReportedMissing() {
        MissingGlyphs missing = new MissingGlyphs();
        ParagraphSetter setter = new ParagraphSetter(FONTS, missing);
        String text = "中\u0007文\u200D字\u00AD\uFEFF\u200E";
        ComposedLine l = setter.start(new Paragraph("正文", text), style(0, Alignment.LEFT, STRICT), Compose.SHEET)
                .next(13 * SIZE);
        assertEquals(text, l.text());
        int space = FONTS.face(FontLibrary.SERIF).glyphId(' ');
        for (int i : new int[] {1, 3, 5, 6, 7}) {
            assertEquals(0, Compose.advanceOf(l, i), "U+" + Integer.toHexString(text.charAt(i)));
            int[] g = Compose.glyphAt(l, i);
            assertEquals(space, l.runs().get(g[0]).glyphs()[g[1]], "a blank glyph, never .notdef nor a visible one");
        }
        assertEquals(3 * SIZE, l.contentEnd(), "the soft hyphen, though the font has a hyphen for it, takes no room");
        assertTrue(missing.isEmpty(), () -> missing.entries().toString());
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"2028", "2029", "000A", "000B", "000C", "000D", "0085"})
    void lineAndParagraphSeparatorsEndTheLine(String hex) {
        String sep = new String(Character.toChars(Integer.parseInt(hex, 16)));
        String text = "一二三" + sep + "四五六七八九十" + sep + sep + "甲乙";
        List<ComposedLine> l = lines(text, 13, style(0, Alignment.JUSTIFY, STRICT));
        assertEquals(List.of("一二三" + sep, "四五六七八九十" + sep, sep, "甲乙"), texts(l), () -> dump(l));
        assertEquals(3 * SIZE, l.get(0).contentEnd(), "a line a separator ends is not spread over the measure");
        assertFalse(l.get(0).last());
        assertTrue(l.get(3).last());
    }

    @Test
    void crLfIsOneLineBreak() {
        List<ComposedLine> l = lines("一二\r\n三四", 13, style(0, Alignment.JUSTIFY, STRICT));
        assertEquals(List.of("一二\r\n", "三四"), texts(l));
    }

    @Test
    void aSeparatorAtTheMeasureDoesNotMakeAnEmptyLine() {
        List<ComposedLine> l = lines("一二三四五\u2028六七", 5, style(0, Alignment.JUSTIFY, STRICT));
        assertEquals(List.of("一二三四五\u2028", "六七"), texts(l), () -> dump(l));
    }

    @Test
    void aCharacterTheFaceLacksComesFromTheFirstFaceOfItsChainThatHasIt() {
        MissingGlyphs missing = new MissingGlyphs();
        ParagraphSetter setter = new ParagraphSetter(FONTS, missing);
        String text = "吉\uD842\uDFB7祥\uD83D\uDE00。";   // 𠮷 U+20BB7: only 楷体 has it; 😀 U+1F600: no face
        ComposedLine l = setter.start(new Paragraph("正文", text), style(0, Alignment.LEFT, STRICT), Compose.SHEET)
                .next(13 * SIZE);
        assertEquals(text, l.text());
        int[] ji = Compose.glyphAt(l, 1);
        GlyphRun kai = l.runs().get(ji[0]);
        assertEquals(FontLibrary.KAI, kai.face().name(), "宋体 → 黑体 → 楷体");
        assertEquals(kai.face().glyphId(0x20BB7), kai.glyphs()[ji[1]]);
        assertEquals(SIZE, kai.advances()[ji[1]]);
        int[] smile = Compose.glyphAt(l, 4);
        GlyphRun none = l.runs().get(smile[0]);
        assertEquals(FontLibrary.SERIF, none.face().name(), "no face has it: it stays in its own face");
        assertEquals(0, none.glyphs()[smile[1]], "glyph 0 marks it in the layout");
        assertTrue(none.advances()[smile[1]] > 0, "it keeps its place");
        var entries = missing.entries();
        assertEquals(List.of(0x1F600, 0x20BB7), entries.stream().map(MissingGlyphs.Entry::codePoint).toList());
        assertFalse(entries.get(0).fallbackHasIt());
        assertEquals("", entries.get(0).fallback());
        assertEquals(FontLibrary.KAI, entries.get(1).fallback());
        assertTrue(entries.get(1).fallbackHasIt());
    }

    @Test
    void boldFallsBackToBoldFirst() {
        FontFace heiBold = FONTS.face(FontLibrary.SANS_BOLD);
        assertEquals(List.of(FontLibrary.SERIF_BOLD, FontLibrary.KAI_BOLD, FontLibrary.SANS, FontLibrary.SERIF,
                FontLibrary.KAI), FONTS.fallbacks(heiBold).stream().map(FontFace::name).toList());
        assertEquals(FontLibrary.KAI_BOLD, FONTS.faceFor(heiBold, 0x20BB7).name());
        assertEquals(null, FONTS.faceFor(heiBold, 0x1F600));
    }

    @ParameterizedTest(name = "measure {0} mpt")
    @CsvSource({"1", "5000", "10000", "25000", "-3000", "0"})
    void measureNarrowerThanAWordStillMakesProgress(int width) {
        String text = "Internationalization，——……“iPhone 15”中文3.8万";
        List<ComposedLine> lines = Compose.lines(new Paragraph("正文", text), width, style(2, Alignment.JUSTIFY, STRICT));
        assertEquals(text, String.join("", texts(lines)));
    }

    @Test
    void rewoundCursorSetsTheSameLinesAgain() {
        String text = LINE + "，W3C的iPhone 15" + MORE + LINE;
        ParagraphCursor c = (ParagraphCursor) Compose.SETTER.start(new Paragraph("正文", text),
                style(2, Alignment.JUSTIFY, STRICT), Compose.SHEET);
        ComposedLine first = c.next(13 * SIZE);
        ComposedLine second = c.next(13 * SIZE);
        c.rewind(first.end());
        assertEquals(second.text(), c.next(13 * SIZE).text());
        c.rewind(0);
        ComposedLine again = c.next(13 * SIZE);
        assertEquals(first.text(), again.text());
        assertArrayEquals(first.runs().get(0).xs(), again.runs().get(0).xs());
        c.rewind(first.end());
        assertTrue(c.next(8 * SIZE).text().length() < second.text().length());
    }

    @Test
    void emptyParagraphHasNoLines() {
        LineCursor c = Compose.SETTER.start(new Paragraph("正文", ""), style(2, Alignment.JUSTIFY, STRICT), Compose.SHEET);
        assertFalse(c.hasNext());
        assertEquals(0, c.position());
    }

    @Test
    void linesReportTheirSourceRangeAndTheCursorItsPosition() {
        String text = LINE + "abc" + MORE;
        LineCursor c = Compose.SETTER.start(new Paragraph("正文", text), style(0, Alignment.JUSTIFY, STRICT), Compose.SHEET);
        int expectedStart = 0;
        while (c.hasNext()) {
            ComposedLine l = c.next(13 * SIZE);
            assertEquals(expectedStart, l.start());
            assertEquals(l.end(), c.position());
            assertEquals(text.substring(l.start(), l.end()), l.text());
            expectedStart = l.end();
        }
        assertEquals(text.length(), expectedStart);
    }

    @Test
    void everyOneOfManyCharacterFormatsKeepsItsColour() {
        // 80 characters, each in its own colour: more looks than a byte index had room for
        int count = 80;
        StringBuilder text = new StringBuilder();
        List<paiban.model.story.CharRun> runs = new java.util.ArrayList<>();
        List<paiban.model.style.CharStyle> styles = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            text.append("中");
            styles.add(new paiban.model.style.CharStyle("色" + i, null, i % 2 == 0, new Cmyk(i, 0, 0, 100)));
            runs.add(new paiban.model.story.CharRun(i, i + 1, "色" + i));
        }
        paiban.model.style.StyleSheet sheet = new paiban.model.style.StyleSheet(Compose.SHEET.paragraphStyles(), styles);
        LineCursor c = Compose.SETTER.start(new Paragraph("正文", text.toString(), runs),
                style(0, Alignment.JUSTIFY, ProhibitionLevel.STRICT), sheet);
        int seen = 0;
        while (c.hasNext()) {
            for (GlyphRun run : c.next(13 * SIZE).runs()) {
                for (int g = 0; g < run.length(); g++) {
                    int i = run.sources()[g];
                    assertEquals(new Cmyk(i, 0, 0, 100), run.color(), "colour of character " + i);
                    assertEquals(i % 2 == 0, run.face().name().endsWith("Bold"), "face of character " + i);
                    seen++;
                }
            }
        }
        assertEquals(count, seen);
    }

    /** Side indents and the spread width in 字; the glyphs' extent, in 字 from the measure's left edge. */
    @ParameterizedTest(name = "{0} {1} left {2} right {3} spread {4} at {5} 字: {6}–{7}")
    @CsvSource({
            "姓名, SPREAD, 0, 0, 4, 13, 0, 4",
            "姓名, SPREAD, 2, 0, 4, 13, 2, 6",
            "姓名, SPREAD, 0, 0, 20, 13, 0, 13",
            "本报讯, SPREAD, 2, 2, 0, 13, 2, 11",
            "本报讯, SPREAD, 0, 0, 0, 13, 0, 13",
            "本报讯, CENTER, 0, 4, 0, 13, 3, 6",
            "本报讯, RIGHT, 0, 3, 0, 13, 7, 10",
            "本报讯, LEFT, 2, 0, 0, 13, 2, 5",
            "本报讯, JUSTIFY, 1, 0, 4, 13, 1, 4",
    })
    void sideIndentsAndSpreadWidth(String text, Alignment alignment, double left, double right, double spread,
                                   double measure, double from, double to) {
        ParagraphStyle st = style(0, alignment, ProhibitionLevel.STRICT).withSides(left, right, spread);
        List<ComposedLine> ls = lines(text, measure, st);
        assertEquals(1, ls.size(), () -> dump(ls));
        ComposedLine l = ls.get(0);
        assertEquals((int) (from * SIZE), l.runs().get(0).xs()[0], () -> dump(ls));
        assertEquals((int) (to * SIZE), l.contentEnd(), () -> dump(ls));
    }

    @Test
    void aLongSpreadParagraphBreaksAtItsSpreadWidth() {
        ParagraphStyle st = style(0, Alignment.SPREAD, ProhibitionLevel.STRICT).withSides(1, 0, 4);
        List<ComposedLine> ls = lines("中华人民共和国国务院", 13, st);
        assertEquals(List.of("中华人民", "共和国国", "务院"), texts(ls));
        for (ComposedLine l : ls) {
            assertEquals(SIZE, l.runs().get(0).xs()[0], () -> dump(ls));
            assertEquals(5 * SIZE, l.contentEnd(), () -> dump(ls));
        }
    }
}
