package paiban.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.frame.Frame;

/** The rules that tie headlines and photos to stories, on the sample edition moved about. */
class ArticleFinderTest {
    static final Path SAMPLE = Path.of("assets/sample/edition.json");
    static Edition sample;
    static final EditionComposer COMPOSER = new EditionComposer(FontLibrary.shared());

    @BeforeAll static void read() throws Exception {
        sample = EditionFile.read(SAMPLE);
    }

    static ArticleFinder.Found find(Edition e) {
        return ArticleFinder.find(e, COMPOSER.compose(e, SAMPLE.toAbsolutePath().getParent()));
    }

    static Edition change(Edition e, String pageId, String frameId, java.util.function.UnaryOperator<Frame> f) {
        Page p = e.page(pageId).orElseThrow();
        return e.withPage(p.withFrame(f.apply(p.frame(frameId).orElseThrow())));
    }

    static List<String> frames(ArticleFinder.Found found, String article, String pageId) {
        return found.article(article).placement(pageId).frames().stream().map(Article.PlacedFrame::frameId).toList();
    }

    @Test void aSideHeadlineBelongsToTheTextOnItsRight() {
        ArticleFinder.Found found = find(sample);
        assertEquals(List.of("p3-museum-head", "p3-museum"), frames(found, "museum", "p3"));
        assertTrue(found.article("museum").hasHeadline());
    }

    @Test void aGroupTiesAPhotoBeforeNearness() {
        Edition grouped = change(change(sample, "p1", "p1-lead-photo", f -> f.withGroup("g")), "p1", "p1-economy", f -> f.withGroup("g"));
        ArticleFinder.Found found = find(grouped);
        assertTrue(frames(found, "economy", "p1").containsAll(List.of("p1-lead-photo", "p1-lead-caption")));
        assertFalse(frames(found, "lead", "p1").contains("p1-lead-photo"));
        assertEquals("p1-lead-photo", found.article("economy").photos().get(0).frameId());
    }

    @Test void aHeadlineMovedAwayFromItsStoryIsNoted() {
        // the boat story's headline dragged into the ad's space: far from any text
        Edition moved = change(sample, "p1", "p1-boat-head", f -> f.withBounds(new Rect(400_000, 1_300_000, 300_000, 60_000)));
        ArticleFinder.Found found = find(moved);
        assertFalse(found.article("boat").hasHeadline());
        assertEquals(List.of("p1-boat"), frames(found, "boat", "p1"));
        assertTrue(found.notes().contains(PublishNote.of("headline.alone", "第一版", "p1-boat-head", "boat-head")), found.notes().toString());
        assertTrue(found.notes().stream().anyMatch(n -> n.code().equals("story.noHeadline") && n.args().get(0).equals("boat")),
                found.notes().toString());
    }

    @Test void framesOfTwoStoriesThatOverlapAreNoted() {
        Edition overlapping = change(sample, "p1", "p1-boat", f -> f.withBounds(new Rect(400_000, 990_000, 300_000, 200_000)));
        ArticleFinder.Found found = find(overlapping);
        assertTrue(found.notes().contains(PublishNote.of("frames.overlap", "第一版", "p1-elevator", "p1-boat")), found.notes().toString());
    }

    @Test void theSampleNeedsOnlyTheOneNote() {
        assertEquals(List.of(PublishNote.of("story.noHeadline", "briefs", "要闻简讯")), find(sample).notes());
    }
}
