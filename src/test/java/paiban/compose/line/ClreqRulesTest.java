package paiban.compose.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static paiban.compose.line.Compose.SIZE;
import static paiban.compose.line.Compose.dump;
import static paiban.compose.line.Compose.lines;
import static paiban.compose.line.Compose.texts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import paiban.model.style.ProhibitionLevel;

/** clreq line-edge rules on concrete strings, with the shipped fonts' metrics. */
class ClreqRulesTest {
    /** 13 distinct Han characters: exactly one line of a 13 字 measure. */
    static final String LINE = "中华人民共和国国务院新闻办";
    static final String MORE = "公室今天举行发布会介绍情况";

    private static void assertJustified(List<ComposedLine> lines) {
        for (ComposedLine l : lines) {
            if (!l.last()) assertEquals(l.width(), l.contentEnd(), () -> "line not full:\n" + dump(lines));
        }
    }

    private static void assertSameText(String text, List<ComposedLine> lines) {
        assertEquals(text, String.join("", texts(lines)), () -> dump(lines));
    }

    @ParameterizedTest(name = "{0} never starts a line")
    @ValueSource(strings = {"，", "。", "、", "；", "：", "？", "！", "）", "］", "｝", "〕", "〉", "》", "」", "』", "】", "〗",
            "”", "’", "·", "・", "‰", "℃", ",", ".", ")", "%", "—", "～", "〜", "–"})
    void lineStartProhibitedCharacterIsNotPushedToTheNextLine(String mark) {
        // a naive break after 13 characters would put the mark at the start of line 2
        String text = LINE + mark + MORE;
        List<ComposedLine> lines = lines(text, 13);
        assertSameText(text, lines);
        for (int i = 1; i < lines.size(); i++)
            assertFalse(lines.get(i).text().startsWith(mark), () -> mark + " starts a line:\n" + dump(lines));
        assertJustified(lines);
    }

    @ParameterizedTest(name = "{0} never ends a line")
    @ValueSource(strings = {"（", "［", "｛", "〔", "〈", "《", "「", "『", "【", "〖", "“", "‘", "￥", "$", "£", "(", "["})
    void lineEndProhibitedCharacterIsNotLeftAtTheEnd(String mark) {
        // a naive break would end line 1 with the mark (12 字 + mark fill the measure)
        String text = LINE.substring(0, 12) + mark + "今天" + MORE;
        List<ComposedLine> lines = lines(text, 13);
        assertSameText(text, lines);
        for (ComposedLine l : lines)
            if (!l.last()) assertFalse(l.text().endsWith(mark), () -> mark + " ends a line:\n" + dump(lines));
        assertJustified(lines);
    }

    @ParameterizedTest(name = "run {0}")
    @ValueSource(strings = {"。」）", "）、", "。」", "”。", "！”", "？」", "》，"})
    void runsOfClosingMarksStayTogetherAndCompress(String marks) {
        for (int cut = 9; cut <= 13; cut++) {
            String text = LINE.substring(0, cut) + marks + MORE;
            List<ComposedLine> lines = lines(text, 13);
            assertSameText(text, lines);
            for (int i = 1; i < lines.size(); i++) {
                String first = lines.get(i).text().substring(0, 1);
                assertFalse(marks.contains(first), () -> "line starts with " + first + ":\n" + dump(lines));
            }
            assertJustified(lines);
        }
        // inside a line every mark but the last of the run is half width (2 em → 1.5 em)
        String text = "中" + marks + "中";
        ComposedLine only = lines(text, 13).get(0);
        for (int k = 0; k < marks.length() - 1; k++) assertEquals(SIZE / 2, Compose.advanceOf(only, 1 + k), text);
        assertEquals(SIZE, Compose.advanceOf(only, marks.length()), text);
    }

    @Test
    void openingBracketsInARowCompressTheSecond() {
        ComposedLine l = lines("中《「文」》中", 13).get(0);
        assertEquals(SIZE, Compose.advanceOf(l, 1));
        assertEquals(SIZE / 2, Compose.advanceOf(l, 2));
        // the second bracket's glyph moves left into its own lost blank
        assertEquals(2 * SIZE - SIZE / 2, Compose.xOf(l, 2));
        assertEquals(SIZE / 2, Compose.advanceOf(l, 4), "」 before 》 is compressed");
    }

    @ParameterizedTest(name = "{0} keeps {1} whole")
    @CsvSource({
            "2023年, 2023",
            "3.8万, 3.8",
            "78所, 78",
            "￥50, ￥50",
            "$50, $50",
            "5G, 5G",
            "iPhone 15, iPhone 15",
            "50%, 50%",
            "37℃, 37℃",
            "——, ——",
            "……, ……",
            "COVID-19, COVID-19",
            "10:30, 10:30",
            "'1,000', '1,000'",
            "-5, -5"
    })
    void unsplittableUnitsStayOnOneLine(String token, String unit) {
        for (int cut = 0; cut <= 13; cut++) {
            String text = LINE.substring(0, cut) + token + MORE + LINE;
            List<ComposedLine> lines = lines(text, 13);
            assertSameText(text, lines);
            int at = text.indexOf(unit, cut);
            for (ComposedLine l : lines) {
                boolean splits = l.start() > at && l.start() < at + unit.length();
                assertFalse(splits, () -> unit + " split at " + l.start() + ":\n" + dump(lines));
            }
            assertJustified(lines);
        }
    }

    @Test
    void numberMayBreakBeforeItsHanUnit() {
        // 11 字 + ¼ em + "3.8" fill the line; 万 cannot follow, and 3.8 stays whole: the break comes before 万
        String text = LINE.substring(0, 11) + "3.8万人" + MORE;
        List<ComposedLine> lines = lines(text, 13);
        assertEquals(LINE.substring(0, 11) + "3.8", lines.get(0).text(), () -> dump(lines));
        assertTrue(lines.get(1).text().startsWith("万人"));
        assertJustified(lines);
    }

    @Test
    void lastLineIsNeverALoneCharacter() {
        String text = LINE + "事";
        List<ComposedLine> lines = lines(text, 13);
        assertEquals(List.of(LINE.substring(0, 12), "办事"), texts(lines));
        assertJustified(lines);
        String withStop = LINE + "事。";
        assertEquals(List.of(LINE.substring(0, 12), "办事。"), texts(lines(withStop, 13)));
    }

    @Test
    void twoCharacterLastLineIsLeftAlone() {
        String text = LINE + "事情";
        assertEquals(List.of(LINE, "事情"), texts(lines(text, 13)));
    }

    @Test
    void fullWidthMarkAtLineEndTakesHalfWidth() {
        // 12 字 + ， at half width = 12.5 字: pushed in, the line still ends flush
        String text = LINE.substring(0, 12) + "，" + MORE;
        List<ComposedLine> lines = lines(text, 13);
        ComposedLine first = lines.get(0);
        assertTrue(first.text().endsWith("，"), () -> dump(lines));
        assertEquals(SIZE / 2, Compose.advanceOf(first, 12));
        assertEquals(first.width(), first.contentEnd());
    }

    @Test
    void pushInShrinksPunctuationToKeepAStopOnTheLine() {
        // 13 字 measure: 10 Han + ，+ 2 Han = 13 字; the 。 after them is pulled in by compressing the ，
        String text = "中华人民共和国国务院，新闻。" + MORE;
        List<ComposedLine> lines = lines(text, 13);
        assertEquals("中华人民共和国国务院，新闻。", lines.get(0).text(), () -> dump(lines));
        assertEquals(SIZE / 2, Compose.advanceOf(lines.get(0), 10), "the comma gave up its blank");
        assertEquals(SIZE / 2, Compose.advanceOf(lines.get(0), 13), "the stop is half width at the end");
        assertJustified(lines);
    }

    @Test
    void pushOutWhenNothingCanShrink() {
        String text = LINE + "。" + MORE;
        List<ComposedLine> lines = lines(text, 13);
        assertEquals(LINE.substring(0, 12), lines.get(0).text());
        assertTrue(lines.get(1).text().startsWith("办。"));
        assertJustified(lines);
    }

    @Test
    void openingBracketAtLineStartTakesHalfWidth() {
        String text = LINE + "「" + MORE + "」";
        List<ComposedLine> lines = lines(text, 13);
        ComposedLine second = lines.get(1);
        assertTrue(second.text().startsWith("「"), () -> dump(lines));
        int at = LINE.length();
        assertEquals(SIZE / 2, Compose.advanceOf(second, at));
        assertEquals(-SIZE / 2, Compose.xOf(second, at), "glyph drawn left so its ink starts at the edge");
        assertJustified(lines);
    }

    @ParameterizedTest(name = "{0} at line start under {1}: {2}")
    @CsvSource({
            "？, NEWSPAPER, true",
            "！, NEWSPAPER, true",
            "？, STRICT, false",
            "！, BASIC, false",
            "，, NEWSPAPER, false",
            "，, NONE, true",
            "·, BASIC, true",
            "·, STRICT, false",
            "・, NEWSPAPER, false",
    })
    void levelsDecideWhatMayStartALine(String mark, ProhibitionLevel level, boolean mayStart) {
        String text = LINE + mark + MORE;
        List<ComposedLine> lines = lines(text, 13, level);
        assertSameText(text, lines);
        assertEquals(mayStart, lines.get(1).text().startsWith(mark), () -> dump(lines));
    }

    @ParameterizedTest(name = "{0} at line end under {1}: {2}")
    @CsvSource({
            "￥, STRICT, false",
            "￥, BASIC, true",
            "「, BASIC, false",
            "「, NONE, true",
    })
    void levelsDecideWhatMayEndALine(String mark, ProhibitionLevel level, boolean mayEnd) {
        String text = LINE.substring(0, 12) + mark + "好" + MORE;
        List<ComposedLine> lines = lines(text, 13, level);
        assertSameText(text, lines);
        assertEquals(mayEnd, lines.get(0).text().endsWith(mark), () -> dump(lines));
    }

    @Test
    void aConnectorBetweenNumbersStaysOnTheLineBefore() {
        // 十二字 + 2024 fill 13 字 only with the dash; the dash of 2024—2030 may not start line 2
        String text = "规划提出，到本世纪中叶前的2024—2030年间基本实现目标。";
        for (double measure = 11; measure <= 16; measure += 0.5) {
            List<ComposedLine> lines = lines(text, measure);
            assertSameText(text, lines);
            for (int i = 1; i < lines.size(); i++)
                assertFalse(lines.get(i).text().startsWith("—"), () -> "— starts a line:\n" + dump(lines));
            assertJustified(lines);
        }
    }

    @Test
    void aDoubleDashMayStartALine() {
        // a 破折号 —— is not a connector: with the measure full it goes to the next line
        String text = LINE + "——" + MORE;
        List<ComposedLine> lines = lines(text, 13);
        assertEquals(LINE, lines.get(0).text(), () -> dump(lines));
        assertTrue(lines.get(1).text().startsWith("——"), () -> dump(lines));
    }
}
