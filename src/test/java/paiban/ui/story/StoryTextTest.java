package paiban.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;

class StoryTextTest {
    @Test
    void paragraphsStylesAndRunsSurviveTheEditor() {
        List<Paragraph> ps = List.of(
                new Paragraph("电头", "本报讯（记者 林小河）今天", List.of(new CharRun(0, 3, "粗体"))),
                new Paragraph("正文", ""),
                new Paragraph("小标题", "岸线", List.of()));
        assertEquals(ps, StoryText.fromEditor(StoryText.toEditor(ps)));
    }

    @Test
    void aLineBreakShowsAsTheMarkAndComesBackAsTheBreak() {
        List<Paragraph> ps = List.of(new Paragraph("小标题", "一、串联十二座公园\u2028沿线新增口袋公园", List.of(new CharRun(8, 12, "粗体"))));
        var doc = StoryText.toEditor(ps);
        assertEquals(1, doc.getParagraphs().size(), "one paragraph in the editor too");
        assertEquals("一、串联十二座公园↵沿线新增口袋公园", doc.getText(), "the break is seen, in its place");
        assertEquals(ps, StoryText.fromEditor(doc));
    }

    @Test
    void anEmptyStoryIsOneEmptyBodyParagraph() {
        assertEquals(List.of(new Paragraph("正文", "")), StoryText.fromEditor(StoryText.toEditor(List.of())));
    }

    @Test
    void overlappingRunsComeBackDisjointWithTheLaterRunWinning() {
        Paragraph p = new Paragraph("正文", "一二三四五六", List.of(new CharRun(0, 4, "粗体"), new CharRun(2, 6, "强调")));
        Paragraph back = StoryText.fromEditor(StoryText.toEditor(List.of(p))).get(0);
        assertEquals(List.of(new CharRun(0, 2, "粗体"), new CharRun(2, 6, "强调")), back.runs());
        assertEquals(StoryText.normalize(p), back);
        assertTrue(StoryText.same(p, back));
    }

    @Test
    void aNormalParagraphIsItsOwnNormalForm() {
        Paragraph p = new Paragraph("正文", "一二三", List.of(new CharRun(1, 2, "粗体")));
        assertSame(p, StoryText.normalize(p));
    }

    /** Random runs over random text: the editor gives back exactly the normal form, which is stable. */
    @Test
    void roundTripOfRandomRuns() {
        Random rnd = new Random(20260425);
        String[] styles = {"粗体", "强调"};
        for (int i = 0; i < 500; i++) {
            int len = rnd.nextInt(12);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < len; k++) text.append((char) ('甲' + rnd.nextInt(10)));
            List<CharRun> runs = new ArrayList<>();
            for (int r = rnd.nextInt(4); r > 0 && len > 0; r--) {
                int a = rnd.nextInt(len + 1), b = a + rnd.nextInt(len - a + 1);
                runs.add(new CharRun(a, b, styles[rnd.nextInt(2)]));
            }
            Paragraph p = new Paragraph(rnd.nextBoolean() ? "正文" : "电头", text.toString(), runs);
            Paragraph back = StoryText.fromEditor(StoryText.toEditor(List.of(p))).get(0);
            assertEquals(StoryText.normalize(p), back, p.toString());
            for (int k = 0; k < len; k++) assertEquals(p.charStyleAt(k), back.charStyleAt(k), p + " at " + k);
            assertEquals(back, StoryText.normalize(back));
        }
    }
}
