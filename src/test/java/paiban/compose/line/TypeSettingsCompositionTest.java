package paiban.compose.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.font.FontFace;
import paiban.layout.GlyphRun;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.style.Alignment;
import paiban.model.style.CharStyle;
import paiban.model.style.DefaultStyles;
import paiban.model.style.FontFamily;
import paiban.model.style.HanLatinSpace;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.ProhibitionLevel;
import paiban.model.style.PunctuationWidth;
import paiban.model.style.ScaleStep;
import paiban.model.style.StyleSheet;
import paiban.model.style.TypeSettings;

/** 长体/扁体, tracking, the Han–Latin space and the punctuation widths as the composer sets them. */
class TypeSettingsCompositionTest {
    static final int SIZE = Compose.SIZE;

    static ParagraphStyle left(TypeSettings type) {
        return Compose.style(0, Alignment.LEFT, ProhibitionLevel.STRICT).withType(type);
    }

    static ComposedLine one(String text, ParagraphStyle style) {
        List<ComposedLine> lines = Compose.lines(new Paragraph("正文", text), 40 * SIZE, style);
        assertEquals(1, lines.size());
        return lines.get(0);
    }

    static int end(ComposedLine l) {
        return l.runs().get(l.runs().size() - 1).end();
    }

    static FontFace song() { return Compose.FONTS.face(FontFamily.SONG, false); }

    @ParameterizedTest
    @CsvSource({"NORMAL", "CHANG_1", "CHANG_2", "CHANG_3", "CHANG_4", "BIAN_1", "BIAN_2", "BIAN_4"})
    void aScaleStepNarrowsEachGlyphByItsPercentAndKeepsHeightToTheRun(ScaleStep step) {
        ComposedLine l = one("经济运行总体平稳", left(TypeSettings.DEFAULT.withStep(step)));
        FontFace f = song();
        int em = (int) Math.round(f.advance(f.glyphId('经'), SIZE) * step.horizontal() / 100.0);
        assertEquals(8 * em, end(l));
        GlyphRun r = l.runs().get(0);
        assertEquals(step.horizontal(), r.horizontalScale());
        assertEquals(step.vertical(), r.verticalScale());
        for (int i = 0; i < r.length(); i++) assertEquals(i * em, r.xs()[i]);
    }

    @Test
    void trackingGoesAfterEveryCharacterButTheLast() {
        ComposedLine plain = one("经济运行总体", left(TypeSettings.DEFAULT));
        ComposedLine tracked = one("经济运行总体", left(TypeSettings.DEFAULT.withTracking(100)));
        assertEquals(end(plain) + 5 * SIZE / 10, end(tracked));
        assertEquals(SIZE + SIZE / 10, tracked.runs().get(0).xs()[1]);
    }

    @Test
    void negativeTrackingTightens() {
        ComposedLine tracked = one("经济运行", left(TypeSettings.DEFAULT.withTracking(-50)));
        assertEquals(4 * SIZE - 3 * SIZE / 20, end(tracked));
    }

    @Test
    void hanLatinSpaceCanBeLeftOut() {
        ComposedLine quarter = one("增长GDP", left(TypeSettings.DEFAULT));
        ComposedLine none = one("增长GDP", left(TypeSettings.DEFAULT.withHanLatin(HanLatinSpace.NONE)));
        assertEquals(SIZE / 4, end(quarter) - end(none));
    }

    @ParameterizedTest
    @CsvSource({
            // 开明: the comma inside full, the stop at the end half; 全身: both full; 半身: both half
            "KAIMING, 5500",
            "FULL, 6000",
            "HALF, 5000"})
    void punctuationWidthStyles(PunctuationWidth width, int expectedMilliEm) {
        ComposedLine l = one("经济，运行。", left(TypeSettings.DEFAULT.withPunctuation(width)));
        assertEquals(expectedMilliEm * SIZE / 1000, end(l));
    }

    @Test
    void aRunWithItsOwnSizeAndScaleSitsOnTheLineWithItsOwnGlyphs() {
        StyleSheet sheet = new StyleSheet(DefaultStyles.forBody(SIZE).paragraphStyles(), List.of(
                new CharStyle("大", null, null, null, 2 * SIZE, 80, null, 200)));
        Paragraph p = new Paragraph("正文", "经济运行总体", List.of(new CharRun(2, 4, "大")));
        LineCursor c = Compose.SETTER.start(p, left(TypeSettings.DEFAULT), sheet);
        ComposedLine l = c.next(40 * SIZE);
        assertEquals(3, l.runs().size());
        GlyphRun big = l.runs().get(1);
        assertEquals(2 * SIZE, big.size());
        assertEquals(80, big.horizontalScale());
        // 2 字 of 10 pt, then 运 1.6 字 wide + 0.4 字 of tracking, 行 1.6 字 + 0.4 字, then 2 字
        assertEquals(2 * SIZE, big.xs()[0]);
        assertEquals(2 * SIZE + 16 * SIZE / 10 + 4 * SIZE / 10, big.xs()[1]);
        assertEquals(2 * SIZE + 2 * (20 * SIZE / 10) + 2 * SIZE, end(l));
        assertTrue(l.runs().get(2).size() == SIZE);
    }

    /** Any scale, tracking and punctuation width: justified lines fill the measure exactly and lose no character. */
    @Test
    void justifiedLinesStayOnTheMeasureUnderAnySettings() {
        java.util.Random r = new java.util.Random(14);
        String han = "经济运行总体平稳，消费市场持续回暖。“城市书房”开到家门口（试点）、GDP增长5.2%！";
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int len = 20 + r.nextInt(120);
            for (int i = 0; i < len; i++) text.append(han.charAt(r.nextInt(han.length())));
            TypeSettings type = new TypeSettings(40 + r.nextInt(121), 40 + r.nextInt(121), -100 + r.nextInt(400),
                    HanLatinSpace.values()[r.nextInt(2)], PunctuationWidth.values()[r.nextInt(3)]);
            int measure = (8 + r.nextInt(20)) * SIZE;
            ParagraphStyle style = Compose.style(0, Alignment.JUSTIFY, ProhibitionLevel.STRICT).withType(type);
            List<ComposedLine> lines = Compose.lines(new Paragraph("正文", text.toString()), measure, style);
            StringBuilder back = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                ComposedLine l = lines.get(i);
                for (GlyphRun g : l.runs()) back.append(g.text());
                if (i < lines.size() - 1) assertEquals(measure, end(l), "line " + i + " of " + text + " with " + type);
                else assertTrue(end(l) <= measure, "last line of " + text + " with " + type);
            }
            assertEquals(text.toString(), back.toString());
        }
    }
}
