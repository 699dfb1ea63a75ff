package paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import paiban.model.Edition;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.ui.TestEditions;

class StoryChangesTest {
    final Edition e = TestEditions.twoPages();

    @Test
    void setStoryTextIsUndoneByTheWholeOldText() {
        List<Paragraph> old = e.story("s1").orElseThrow().paragraphs();
        Change.Applied a = new SetStoryText("s1", List.of(new Paragraph("正文", "一"))).apply(e);
        assertEquals("一", a.edition().story("s1").orElseThrow().text());
        Edition back = a.inverse().apply(a.edition()).edition();
        assertEquals(e, back);
        assertSame(old.get(1), back.story("s1").orElseThrow().paragraphs().get(1), "the old paragraph objects come back");
    }

    @Test
    void restyleChangesOnlyTheRangeAndChecksTheStyle() {
        Change.Applied a = new RestyleParagraphs("s1", 1, 1, "电头").apply(e);
        List<Paragraph> ps = a.edition().story("s1").orElseThrow().paragraphs();
        assertEquals(List.of("主题", "电头"), ps.stream().map(Paragraph::style).toList());
        assertEquals(e, a.inverse().apply(a.edition()).edition());
        assertThrows(IllegalArgumentException.class, () -> new RestyleParagraphs("s1", 0, 0, "没有这个样式").apply(e));
        assertThrows(IllegalArgumentException.class, () -> new RestyleParagraphs("s1", 1, 2, "正文").apply(e));
    }

    @Test
    void aSequenceIsOneStepUndoneInReverse() {
        Story extra = new Story("s2", "", List.of(new Paragraph("正文", "二")), List.of(new FrameRef("p2", "t3")));
        Change seq = new ChangeSequence("change.placeText", List.of(new AddStory(extra),
                new SetStoryText("s2", List.of(new Paragraph("正文", "三")))));
        Change.Applied a = seq.apply(e);
        assertEquals("三", a.edition().story("s2").orElseThrow().text());
        assertEquals(e, a.inverse().apply(a.edition()).edition());
    }

    @Test
    void aSequenceWithAStepThatCannotApplyAppliesNothing() {
        Change seq = new ChangeSequence("change.placeText", List.of(new SetStoryText("s1", List.of()),
                new SetStoryText("nope", List.of())));
        assertThrows(IllegalArgumentException.class, () -> seq.apply(e));
    }

    @Test
    void freshStoryIdsAvoidTheEditionsIds() {
        assertEquals("s1-2", Stories.freshId(e, "s1"));
        assertEquals("new", Stories.freshId(e, "new"));
        assertEquals("story", Stories.freshId(e, " "));
    }
}
