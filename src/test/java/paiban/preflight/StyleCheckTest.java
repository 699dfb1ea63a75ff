package paiban.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/** A paragraph or run naming a style the edition lacks is a located warning; the sample has none. */
class StyleCheckTest {
    private static final EditionComposer COMPOSER = new EditionComposer(FontLibrary.shared());

    private static List<Finding> missing(Edition e) {
        return new Preflight(FontLibrary.shared()).check(e, COMPOSER.compose(e), null).stream()
                .filter(f -> f.code().equals("missing-style")).toList();
    }

    @Test
    void theSampleNamesOnlyStylesItHas() throws Exception {
        assertEquals(List.of(), missing(EditionFile.read(EditionFile.SAMPLE)));
    }

    @Test
    void aMissingParagraphOrCharacterStyleIsNamedWithItsStory() throws Exception {
        Edition e = EditionFile.read(EditionFile.SAMPLE);
        Story lead = e.story("lead").orElseThrow();
        Paragraph first = lead.paragraphs().get(0);
        Paragraph second = lead.paragraphs().get(1);
        Edition broken = e.withStory(lead.withParagraph(0, first.withStyle("旧正文"))
                .withParagraph(1, new Paragraph(second.style(), second.text(), List.of(new CharRun(0, 2, "加粗红")))));
        List<Finding> found = missing(broken);
        assertEquals(2, found.size(), found.toString());
        Finding paragraph = found.get(0);
        assertEquals(Severity.WARNING, paragraph.severity());
        assertEquals("lead", paragraph.storyId());
        assertEquals("p1", paragraph.pageId());
        assertTrue(paragraph.message(Locale.SIMPLIFIED_CHINESE).endsWith("段落样式“旧正文”不存在（1 处），按“正文”排"), paragraph.message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(found.get(1).message().contains("character style “加粗红” does not exist"), found.get(1).message());
    }
}
