package paiban.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;

class StoryTextTest {
    final Story story = new Story("s", "t", List.of(
            new Paragraph("主题", "标题"),
            new Paragraph("电头", "本报讯（记者 林）", List.of(new CharRun(0, 3, "粗体"))),
            new Paragraph("正文", "第一段。"),
            new Paragraph("署名", "林小河")), List.of());

    private static List<String> styles(Story s) { return s.paragraphs().stream().map(Paragraph::style).toList(); }

    private static List<String> texts(Story s) { return s.paragraphs().stream().map(Paragraph::text).toList(); }

    @Test
    void textRoundTrips() {
        assertEquals(story, StoryText.withText(story, StoryText.of(story)));
    }

    @Test
    void typingInAParagraphKeepsItsStyleAndTheOthersUntouched() {
        Story s = StoryText.withText(story, "标题\n本报讯（记者 林）\n第一段。又一句。\n林小河");
        assertEquals(styles(story), styles(s));
        assertEquals("第一段。又一句。", s.paragraphs().get(2).text());
        assertEquals(story.paragraphs().get(1), s.paragraphs().get(1), "runs kept where nothing changed");
    }

    @Test
    void enterSplitsAParagraphAndTheNewOneTakesItsStyle() {
        Story s = StoryText.withText(story, "标题\n本报讯（记者 林）\n第一段。\n第二段。\n林小河");
        assertEquals(List.of("主题", "电头", "正文", "正文", "署名"), styles(s));
        assertEquals(List.of("标题", "本报讯（记者 林）", "第一段。", "第二段。", "林小河"), texts(s));
    }

    @Test
    void joiningTwoParagraphsKeepsTheFirstOnesStyle() {
        Story s = StoryText.withText(story, "标题\n本报讯（记者 林）第一段。\n林小河");
        assertEquals(List.of("主题", "电头", "署名"), styles(s));
        assertEquals(List.of(new CharRun(0, 3, "粗体")), s.paragraphs().get(1).runs());
    }

    @Test
    void deletingEverythingLeavesOneEmptyParagraph() {
        Story s = StoryText.withText(story, "");
        assertEquals(List.of(""), texts(s));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "2, 0", "3, 1", "12, 1", "13, 2", "17, 2", "18, 3", "99, 3"})
    void paragraphAtAnOffset(int offset, int paragraph) {
        assertEquals(paragraph, StoryText.paragraphAt(story, offset));
    }
}
