package paiban.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;
import paiban.model.style.StyleSheet;

/** Renaming and deleting a character style: its runs follow, move to another style, or lose their formatting. */
class CharStyleReferencesTest {
    static final CharStyle RED = new CharStyle("红", null, null, Cmyk.RED);
    static final CharStyle BIG = new CharStyle("大", null, null, null).withSize(16_000);

    static Edition edition() {
        StyleSheet body = DefaultStyles.forBody(10_500);
        StyleSheet sheet = body.withCharStyles(List.of(RED, BIG));
        Story s = new Story("s", "", List.of(
                new Paragraph("正文", "一二三四五六七八", List.of(new CharRun(0, 2, "红"), new CharRun(2, 4, "大"), new CharRun(6, 8, "红"))),
                new Paragraph("正文", "九十")), List.of());
        return new Edition("测试", LocalDate.of(2026, 4, 25), null, List.of(PageTemplate.duikai()), sheet, List.of(), List.of(s));
    }

    static List<CharRun> runs(Edition e) {
        return e.story("s").orElseThrow().paragraphs().get(0).runs();
    }

    @Test
    void renameFollowsEveryRunAndKeepsTheStylesPlace() {
        Edition e = CharStyleReferences.rename(edition(), "红", "标红");
        assertEquals(List.of("标红", "大"), e.styles().charStyles().stream().map(CharStyle::name).toList());
        assertEquals(Cmyk.RED, e.styles().charStyle("标红").orElseThrow().color());
        assertEquals(List.of(new CharRun(0, 2, "标红"), new CharRun(2, 4, "大"), new CharRun(6, 8, "标红")), runs(e));
        assertEquals(2, CharStyleReferences.count(e, "标红"));
        assertThrows(IllegalArgumentException.class, () -> CharStyleReferences.rename(edition(), "红", "大"), "a taken name");
    }

    @Test
    void deleteMovesTheRunsOrTakesTheFormattingOff() {
        Edition moved = CharStyleReferences.delete(edition(), "红", "大");
        assertEquals(List.of("大"), moved.styles().charStyles().stream().map(CharStyle::name).toList());
        assertEquals(List.of(new CharRun(0, 4, "大"), new CharRun(6, 8, "大")), runs(moved), "neighbours of one style merge");

        Edition cleared = CharStyleReferences.delete(edition(), "红", null);
        assertEquals(List.of(new CharRun(2, 4, "大")), runs(cleared));
        assertTrue(cleared.styles().charStyle("红").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> CharStyleReferences.delete(edition(), "红", "红"));
        assertThrows(IllegalArgumentException.class, () -> CharStyleReferences.delete(edition(), "红", "无此样式"));
    }

    @Test
    void aStoryWithoutTheStyleIsLeftAsItIs() {
        Edition e = edition();
        Edition renamed = CharStyleReferences.rename(e, "大", "特大");
        assertSame(e.story("s").orElseThrow().paragraphs().get(1), renamed.story("s").orElseThrow().paragraphs().get(1));
    }
}
