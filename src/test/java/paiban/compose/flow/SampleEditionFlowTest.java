package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.layout.EditionLayout;
import paiban.layout.ImageMark;
import paiban.layout.LineBox;
import paiban.layout.StoryFit;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageNaming;
import paiban.model.story.Story;

/** The flow on the sample edition (assets/sample): 滨江日报, pages 1–3, the lead jumping from page 1 to page 3. */
class SampleEditionFlowTest {
    static final Path DIR = Path.of("assets", "sample");
    static final EditionComposer COMPOSER = new EditionComposer(FontLibrary.shared());
    static Edition sample;

    @BeforeAll
    static void read() throws Exception {
        sample = EditionFile.read(DIR.resolve("edition.json"));
    }

    static List<String> generated(EditionLayout layout, String pageId) {
        return layout.page(pageId).orElseThrow().lines().stream()
                .filter(l -> l.generated() && !l.storyId().isEmpty()).map(LineBox::text).toList();
    }

    @Test
    void everyStoryOfTheSampleIsSetOnceOrReportedOverset() {
        EditionLayout layout = COMPOSER.compose(sample, DIR);
        for (Story s : sample.stories()) {
            StoryFit fit = layout.stories().get(s.id());
            assertEquals(s.characterCount(), fit.charsSet() + fit.overset(), s.id());
            String set = LayoutText.setText(layout, s);
            if (fit.overset() == 0) assertEquals(s.text(), set, s.id());
            else assertTrue(s.text().startsWith(set), s.id());
        }
        assertTrue(layout.warnings().stream().allMatch(w -> w.contains("has no font file")), layout.warnings().toString());
    }

    @Test
    void theSamplePhotoResolvesAgainstTheEditionFolder() {
        EditionLayout layout = COMPOSER.compose(sample, DIR);
        ImageMark photo = layout.page("p1").orElseThrow().marks().stream().filter(m -> m instanceof ImageMark)
                .map(m -> (ImageMark) m).findFirst().orElseThrow();
        assertTrue(photo.file().isAbsolute());
        assertTrue(Files.isRegularFile(photo.file()), photo.file().toString());
        assertTrue(photo.placement().width() >= photo.clip().width() && photo.placement().height() >= photo.clip().height(),
                "FILL covers the frame");
    }

    @Test
    void theLeadContinuesOnPageThreeWithBothJumpLinesAndEveryCharacterOnce() {
        Edition e = sample;
        EditionLayout layout = COMPOSER.compose(e, DIR);
        assertEquals(List.of("（下转第三版）"), generated(layout, "p1"));
        assertEquals(List.of("滨江岸线全线贯通", "（上接第一版）"), generated(layout, "p3"), "转版标题, then 上接");
        Story lead = e.story("lead").orElseThrow();
        assertEquals(0, layout.stories().get("lead").overset());
        assertEquals(lead.text(), LayoutText.setText(layout, lead));
        assertTrue(LayoutText.storyLines(layout, "lead").stream().anyMatch(l ->
                layout.page("p3").orElseThrow().lines().contains(l)), "text on page 3");
    }

    @Test
    void movingPageThreeToFourAndNamingByLabelChangeBothJumpLines() {
        Edition e = sample;
        Edition four = e.withPages(append(e.pages(), new Page("p4", "04", "体育", e.pages().get(0).template(), List.of())))
                .movePage(2, 3);
        EditionLayout layout = COMPOSER.compose(four, DIR);
        assertEquals(List.of("（下转第四版）"), generated(layout, "p1"));
        assertEquals("（上接第一版）", generated(layout, "p3").get(1));
        Edition labels = e.withSettings(e.settings().withPageNaming(PageNaming.LABEL));
        EditionLayout byLabel = COMPOSER.compose(labels, DIR);
        assertEquals(List.of("（下转3版）"), generated(byLabel, "p1"));
        assertEquals("（上接1版）", generated(byLabel, "p3").get(1));
    }

    @Test
    void typingInTheSampleLeadRelaysOutLikeAFullCompose() {
        FlowSession session = new FlowSession(FontLibrary.shared());
        Edition e = sample;
        session.layout(e, DIR);
        Story lead = e.story("lead").orElseThrow();
        StringBuilder text = new StringBuilder(lead.paragraphs().get(3).text());
        for (int i = 0; i < 30; i++) {
            text.insert(7, i % 2 == 0 ? "江" : "，");
            e = e.withStory(lead.withParagraph(3, lead.paragraphs().get(3).withText(text.toString())));
            EditionLayout inc = session.layout(e, DIR);
            assertTrue(session.lastWasIncremental());
            assertEquals(LayoutText.dump(new EditionComposer(FontLibrary.shared()).compose(e, DIR)), LayoutText.dump(inc), "keystroke " + i);
        }
    }

    private static List<Page> append(List<Page> pages, Page p) {
        List<Page> out = new ArrayList<>(pages);
        out.add(p);
        return out;
    }
}
