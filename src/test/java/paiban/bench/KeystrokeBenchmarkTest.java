package paiban.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import paiban.compose.flow.EditionComposer;
import paiban.compose.flow.FlowSession;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/** What the keystroke benchmark times is the real re-layout: the incremental one equals composing afresh. */
class KeystrokeBenchmarkTest {
    @Test
    void theTimedReLayoutIsTheWholeLayoutOfTheEditedEdition() {
        Edition base = KeystrokeBenchmark.edition();
        Story story = base.stories().get(0);
        assertEquals(2, story.chain().stream().map(r -> r.pageId()).distinct().count(), "threaded over two pages");
        assertTrue(story.characterCount() >= 3000, "characters " + story.characterCount());
        FlowSession session = new FlowSession(FontLibrary.shared());
        session.layout(base);
        Paragraph p = story.paragraphs().get(3);
        Edition typed = base.withStory(story.withParagraph(3, p.withText("的" + p.text())));
        EditionLayout incremental = session.layout(typed);
        assertTrue(session.lastWasIncremental());
        assertTrue(session.lastComposedParagraphs() >= 1 && session.lastComposedParagraphs() < story.paragraphs().size(),
                "paragraphs composed " + session.lastComposedParagraphs());
        EditionLayout afresh = new EditionComposer(FontLibrary.shared()).compose(typed);
        assertEquals(lines(afresh), lines(incremental));
        assertTrue(lines(incremental).contains("|的" + p.text().substring(0, 4)), "the typed character is laid out");
    }

    /** Every line of every page: where it sits, whose it is and what it says (glyph arrays compare by content this way). */
    private static String lines(EditionLayout layout) {
        StringBuilder b = new StringBuilder();
        layout.pages().forEach(page -> page.lines().forEach(l -> b.append(page.number()).append(' ').append(l.x()).append(',')
                .append(l.baseline()).append(' ').append(l.storyId()).append('/').append(l.paragraph()).append(':')
                .append(l.start()).append('-').append(l.end()).append('|').append(l.text()).append('\n')));
        b.append(layout.stories());
        return b.toString();
    }

    @Test
    void itsFiguresAgree() throws Exception {
        BenchFigures f = BenchFigures.of(new KeystrokeBenchmark());
        Story story = KeystrokeBenchmark.edition().stories().get(0);
        assertEquals(story.characterCount(), f.after("story of"), f.text());
        assertEquals(story.paragraphs().size(), f.after("characters in"), f.text());
        double median = f.after("re-layout median"), p90 = f.after("p90"), max = f.after("max");
        assertTrue(median > 0 && median <= p90 && p90 <= max, f.text());
        double perKey = f.before("paragraphs composed per keystroke");
        assertTrue(perKey >= 1 && perKey < story.paragraphs().size(), f.text());
    }
}
