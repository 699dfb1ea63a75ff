package paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import paiban.model.Edition;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.ui.TestEditions;

/** 着重号 in the edit layer: made on first use, laid over the range, off again, each undone by its inverse. */
class EmphasisToggleTest {
    @Test
    void emphasisOnThenOffAndUndoRestores() {
        Edition e = TestEditions.twoPages();
        Story s = e.story("s1").orElseThrow();
        Edition original = e.withStory(s.withParagraphs(List.of(new Paragraph("正文", "市民都说变化真大。"))));
        assertTrue(original.styles().charStyle("着重号").isEmpty());
        CharFormatting.Range r = new CharFormatting.Range(0, 4, 0, 8);

        Change.Applied on = CharFormatting.toggleEmphasis(original, "s1", r).orElseThrow().apply(original);
        CharStyle made = on.edition().styles().charStyle("着重号").orElseThrow();
        assertTrue(made.emphasisDots());
        assertEquals(List.of(new CharRun(4, 8, "着重号")), on.edition().story("s1").orElseThrow().paragraphs().get(0).runs());

        Change.Applied off = CharFormatting.toggleEmphasis(on.edition(), "s1", r).orElseThrow().apply(on.edition());
        assertEquals(List.of(), off.edition().story("s1").orElseThrow().paragraphs().get(0).runs());

        assertEquals(original, on.inverse().apply(on.edition()).edition());
        assertTrue(CharFormatting.toggleEmphasis(original, "s1", new CharFormatting.Range(0, 3, 0, 3)).isEmpty());
    }
}
