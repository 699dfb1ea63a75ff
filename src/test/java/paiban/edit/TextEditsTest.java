package paiban.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;

class TextEditsTest {
    /** 电头 with 本报讯（记者 林小河） in 粗体, then body text. */
    static final Paragraph DATELINE = new Paragraph("电头", "本报讯（记者 林小河）今天上午开通。", List.of(new CharRun(0, 11, "粗体")));
    static final Paragraph BODY = new Paragraph("正文", "地铁三号线全长28.6公里。");
    static final List<Paragraph> STORY = List.of(DATELINE, BODY);

    private static StoryOffset at(int p, int o) { return new StoryOffset(p, o); }

    @Test
    void typingInsideARunExtendsIt() {
        var r = TextEdits.insert(STORY, at(0, 3), "新华社");
        assertEquals("本报讯新华社（记者 林小河）今天上午开通。", r.paragraphs().get(0).text());
        assertEquals(List.of(new CharRun(0, 14, "粗体")), r.paragraphs().get(0).runs());
        assertEquals(at(0, 6), r.caret());
        assertSame(BODY, r.paragraphs().get(1), "the untouched paragraph is the same object");
    }

    @ParameterizedTest
    @CsvSource({
            "11, 0, 13",  // right after the run: takes the style of the character before, as the story editor does
            "0, 0, 13",   // at the start of a paragraph whose first character is in the run
            "12, 0, 11",  // after a plain character: plain, the run stays put
    })
    void typedTextTakesTheRunOfTheCharacterBefore(int offset, int runStart, int runEnd) {
        var r = TextEdits.insert(STORY, at(0, offset), "甲乙");
        assertEquals(List.of(new CharRun(runStart, runEnd, "粗体")), r.paragraphs().get(0).runs());
    }

    @Test
    void typingBeforeARunShiftsIt() {
        List<Paragraph> ps = List.of(new Paragraph("正文", "甲乙丙丁", List.of(new CharRun(2, 4, "强调"))));
        var r = TextEdits.insert(ps, at(0, 1), "ab");
        assertEquals(List.of(new CharRun(4, 6, "强调")), r.paragraphs().get(0).runs());
    }

    @Test
    void insertedLineEndsBecomeParagraphsOfTheSameStyle() {
        var r = TextEdits.insert(STORY, at(1, 5), "一\r\n二\n三");
        assertEquals(List.of("本报讯（记者 林小河）今天上午开通。", "地铁三号线一", "二", "三全长28.6公里。"),
                r.paragraphs().stream().map(Paragraph::text).toList());
        assertTrue(r.paragraphs().subList(1, 4).stream().allMatch(p -> p.style().equals("正文")));
        assertEquals(at(3, 1), r.caret());
    }

    @Test
    void splittingInsideARunCutsItInTwo() {
        var r = TextEdits.split(STORY, at(0, 4));
        assertEquals("本报讯（", r.paragraphs().get(0).text());
        assertEquals(List.of(new CharRun(0, 4, "粗体")), r.paragraphs().get(0).runs());
        assertEquals(List.of(new CharRun(0, 7, "粗体")), r.paragraphs().get(1).runs());
        assertEquals("电头", r.paragraphs().get(1).style());
        assertEquals(at(1, 0), r.caret());
    }

    @Test
    void joiningAfterASplitGivesTheParagraphBack() {
        var split = TextEdits.split(STORY, at(0, 4));
        var joined = TextEdits.join(split.paragraphs(), 0);
        assertEquals(STORY, joined.paragraphs());
        assertEquals(at(0, 4), joined.caret());
    }

    @Test
    void joiningKeepsTheFirstStyleUnlessTheFirstIsEmpty() {
        assertEquals("电头", TextEdits.join(STORY, 0).paragraphs().get(0).style());
        List<Paragraph> ps = List.of(new Paragraph("正文", ""), new Paragraph("小标题", "标题"));
        assertEquals(new Paragraph("小标题", "标题"), TextEdits.join(ps, 0).paragraphs().get(0));
    }

    @Test
    void deletingAcrossParagraphsJoinsThem() {
        var r = TextEdits.delete(STORY, at(1, 2), at(0, 5));
        assertEquals(List.of(new Paragraph("电头", "本报讯（记三号线全长28.6公里。", List.of(new CharRun(0, 5, "粗体")))),
                r.paragraphs());
        assertEquals(at(0, 5), r.caret());
        assertEquals("者 林小河）今天上午开通。\n地铁", TextEdits.text(STORY, at(0, 5), at(1, 2)));
    }

    @ParameterizedTest
    @CsvSource({
            "0, 3, 0, 8",    // the run's head
            "4, 8, 0, 7",    // inside the run
            "9, 13, 0, 9",   // the run's tail and beyond
            "0, 11, -1, -1", // the whole run: gone
    })
    void deletingShrinksOrDropsRuns(int a, int b, int runStart, int runEnd) {
        var r = TextEdits.delete(STORY, at(0, a), at(0, b));
        List<CharRun> want = runStart < 0 ? List.of() : List.of(new CharRun(runStart, runEnd, "粗体"));
        assertEquals(want, r.paragraphs().get(0).runs());
    }

    @Test
    void backspaceAndDeleteTakeTheSelectionOrOneCodePoint() {
        List<Paragraph> ps = List.of(new Paragraph("正文", "甲𠀀乙"), new Paragraph("小标题", "丙"));
        assertEquals("甲乙", TextEdits.backspace(ps, at(0, 3), at(0, 3)).paragraphs().get(0).text());
        assertEquals("甲乙", TextEdits.deleteForward(ps, at(0, 1), at(0, 1)).paragraphs().get(0).text());
        assertEquals("甲乙", TextEdits.backspace(ps, at(0, 1), at(0, 3)).paragraphs().get(0).text(), "a selection goes whole");
        var joined = TextEdits.backspace(ps, at(1, 0), at(1, 0));
        assertEquals(List.of(new Paragraph("正文", "甲𠀀乙丙")), joined.paragraphs(), "at a paragraph's start: joined");
        assertEquals(at(0, 4), joined.caret());
        assertEquals(ps, TextEdits.backspace(ps, at(0, 0), at(0, 0)).paragraphs(), "nothing before the start");
        assertEquals(ps, TextEdits.deleteForward(ps, at(1, 1), at(1, 1)).paragraphs(), "nothing after the end");
    }

    @Test
    void typingAndEnterReplaceTheSelection() {
        var typed = TextEdits.typeOver(STORY, at(0, 11), at(1, 2), "，");
        assertEquals(List.of("本报讯（记者 林小河），三号线全长28.6公里。"), typed.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(List.of(new CharRun(0, 12, "粗体")), typed.paragraphs().get(0).runs(), "typed after the run: in it");
        var broken = TextEdits.breakParagraph(STORY, at(0, 3), at(0, 11));
        assertEquals(List.of("本报讯", "今天上午开通。", "地铁三号线全长28.6公里。"), broken.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(at(1, 0), broken.caret());
    }

    @Test
    void stepsKeepSurrogatePairsWhole() {
        List<Paragraph> ps = List.of(new Paragraph("正文", "a𠀀b"), new Paragraph("正文", "c"));
        assertEquals(at(0, 3), TextEdits.next(ps, at(0, 1)));
        assertEquals(at(0, 1), TextEdits.previous(ps, at(0, 3)));
        assertEquals(at(1, 0), TextEdits.next(ps, at(0, 4)));
        assertEquals(at(0, 4), TextEdits.previous(ps, at(1, 0)));
        assertEquals(at(0, 0), TextEdits.previous(ps, at(0, 0)));
        assertEquals(at(1, 1), TextEdits.next(ps, at(1, 1)));
        assertEquals(at(0, 1), TextEdits.clamp(ps, at(0, 2)), "never between the halves of a pair");
        assertEquals(at(1, 1), TextEdits.clamp(ps, at(5, 9)));
    }

    @ParameterizedTest
    @CsvSource({
            "地铁三号线全长28.6公里, 2, 2, 3",
            "地铁三号线全长28.6公里, 8, 7, 11",
            "用Paiban排版, 3, 1, 7",
            "用Paiban排版, 7, 7, 8",
            "记者 林小河, 2, 2, 3",
    })
    void aWordIsOneHanCharacterOrARunOfLatinAndDigits(String text, int offset, int start, int end) {
        assertArrayEquals(new int[] {start, end}, Words.at(text, offset));
    }

    /**
     * Random edits against a plain model: a string per paragraph and the
     * character style of each character. After every step the text and
     * every character's style agree, and the runs are in bounds and disjoint.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void randomEditsAgreeWithAPlainModel(long seed) {
        Random rnd = new Random(seed);
        List<Paragraph> ps = new ArrayList<>(STORY);
        List<StringBuilder> text = new ArrayList<>();
        List<List<String>> styles = new ArrayList<>();
        for (Paragraph p : ps) {
            text.add(new StringBuilder(p.text()));
            List<String> st = new ArrayList<>();
            for (int i = 0; i < p.text().length(); i++) st.add(p.charStyleAt(i));
            styles.add(st);
        }
        String[] pieces = {"甲", "乙丙", "ab", "𠀀", "，", "\n", "三\n四", "12.5"};
        for (int step = 0; step < 400; step++) {
            StoryOffset a = randomPlace(rnd, ps), b = randomPlace(rnd, ps);
            int op = rnd.nextInt(4);
            TextEdits.Result r;
            if (op == 0) {
                String s = pieces[rnd.nextInt(pieces.length)];
                r = TextEdits.insert(ps, a, s);
                modelInsert(text, styles, a, s);
            } else if (op == 1) {
                r = TextEdits.delete(ps, a, b);
                modelDelete(text, styles, StoryOffset.min(a, b), StoryOffset.max(a, b));
            } else if (op == 2) {
                r = TextEdits.split(ps, a);
                modelInsert(text, styles, a, "\n");
            } else {
                if (ps.size() < 2) continue;
                int i = rnd.nextInt(ps.size() - 1);
                r = TextEdits.join(ps, i);
                modelDelete(text, styles, at(i, text.get(i).length()), at(i + 1, 0));
            }
            ps = new ArrayList<>(r.paragraphs());
            assertEquals(text.size(), ps.size(), "step " + step);
            for (int p = 0; p < ps.size(); p++) {
                Paragraph par = ps.get(p);
                assertEquals(text.get(p).toString(), par.text(), "step " + step + " paragraph " + p);
                int prevEnd = 0;
                for (CharRun run : par.runs()) {
                    assertTrue(run.start() >= prevEnd && run.end() > run.start() && run.end() <= par.text().length(),
                            "step " + step + ": runs " + par.runs() + " of " + par.text());
                    prevEnd = run.end();
                }
                for (int i = 0; i < par.text().length(); i++)
                    assertEquals(styles.get(p).get(i), par.charStyleAt(i), "step " + step + " style at " + p + ":" + i);
            }
            assertTrue(r.caret().paragraph() < ps.size() && r.caret().offset() <= ps.get(r.caret().paragraph()).text().length());
        }
    }

    private static StoryOffset randomPlace(Random rnd, List<Paragraph> ps) {
        int p = rnd.nextInt(ps.size());
        return TextEdits.clamp(ps, at(p, rnd.nextInt(ps.get(p).text().length() + 1)));
    }

    /** The model's rule: typed characters take the style of the one before, or at a paragraph start the first's. */
    private static void modelInsert(List<StringBuilder> text, List<List<String>> styles, StoryOffset at, String s) {
        int p = at.paragraph(), o = at.offset();
        for (char c : s.toCharArray()) {
            if (c == '\n') {
                StringBuilder rest = new StringBuilder(text.get(p).substring(o));
                text.get(p).setLength(o);
                List<String> restStyles = new ArrayList<>(styles.get(p).subList(o, styles.get(p).size()));
                styles.get(p).subList(o, styles.get(p).size()).clear();
                text.add(p + 1, rest);
                styles.add(p + 1, restStyles);
                p++;
                o = 0;
                continue;
            }
            List<String> st = styles.get(p);
            String style = o > 0 ? st.get(o - 1) : st.isEmpty() ? null : st.get(0);
            text.get(p).insert(o, c);
            st.add(o, style);
            o++;
        }
    }

    private static void modelDelete(List<StringBuilder> text, List<List<String>> styles, StoryOffset a, StoryOffset b) {
        if (a.equals(b)) return;
        if (a.paragraph() == b.paragraph()) {
            text.get(a.paragraph()).delete(a.offset(), b.offset());
            styles.get(a.paragraph()).subList(a.offset(), b.offset()).clear();
            return;
        }
        String tail = text.get(b.paragraph()).substring(b.offset());
        List<String> tailStyles = new ArrayList<>(styles.get(b.paragraph()).subList(b.offset(), styles.get(b.paragraph()).size()));
        text.get(a.paragraph()).setLength(a.offset());
        styles.get(a.paragraph()).subList(a.offset(), styles.get(a.paragraph()).size()).clear();
        text.get(a.paragraph()).append(tail);
        styles.get(a.paragraph()).addAll(tailStyles);
        for (int i = b.paragraph(); i > a.paragraph(); i--) {
            text.remove(i);
            styles.remove(i);
        }
    }
}
