package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.bench.GeneratedEdition;
import paiban.edit.MoveFrame;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.layout.EditionLayout;
import paiban.layout.Mark;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.TextWrap;
import paiban.model.unit.Units;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;

/**
 * Issue #16: a drag step recomposes the stories whose frames it touches, not the edition. The
 * session's layout after any sequence of frame moves and resizes (and page moves, and going back
 * to an earlier edition, as undo does) equals a whole composition from scratch; what it composed
 * is counted.
 */
class DragRecomposeTest {
    static final FontLibrary FONTS = FontLibrary.shared();
    static final Path DIR = Path.of("assets", "sample");
    static Edition sample;

    @BeforeAll
    static void read() throws Exception {
        sample = EditionFile.read(DIR.resolve("edition.json"));
    }

    /** A frame moved or resized by whole grid steps, as a drag snaps it; now and then far. */
    static Edition step(Edition e, Random r) {
        Page page = e.pages().get(r.nextInt(e.pages().size()));
        if (page.frames().isEmpty()) return e;
        Frame f = page.frames().get(r.nextInt(page.frames().size()));
        PageTemplate t = e.templateOf(page);
        Rect b = f.bounds();
        int dx = (r.nextInt(5) - 2) * (t.columnWidth() + t.gap()) / (r.nextInt(4) == 0 ? 1 : 2);
        int dy = (r.nextInt(9) - 4) * t.pitch();
        Rect to = switch (r.nextInt(4)) {
            case 0, 1 -> b.moved(dx, dy);
            case 2 -> new Rect(b.x(), b.y(), Math.max(t.pitch(), b.width() + dx), Math.max(t.pitch(), b.height() + dy));
            default -> new Rect(b.x() + dx, b.y() + dy, Math.max(t.pitch(), b.width() - dx), b.height());
        };
        return new MoveFrame(page.id(), f.id(), to).apply(e).edition();
    }

    @Test
    void afterRandomDragStepsTheSessionEqualsAWholeComposition() {
        Random r = new Random(16_2026L);
        EditionComposer live = new EditionComposer(FONTS);
        EditionComposer whole = new EditionComposer(FONTS);
        List<Edition> history = new ArrayList<>();
        // a runaround on the front page's photo, so moves reach the stories beside it
        Page p1 = sample.page("p1").orElseThrow();
        Edition e = sample.withPage(p1.withFrame(((ImageFrame) p1.frame("p1-lead-photo").orElseThrow())
                .withWrap(new TextWrap(Units.pt(3)))));
        live.layout(e, DIR);
        int flowedLess = 0;
        for (int round = 0; round < 120; round++) {
            int what = r.nextInt(24);
            if (what == 0 && history.size() > 2) {
                e = history.get(r.nextInt(history.size())); // undo or redo several steps at once
            } else if (what == 1) {
                e = e.movePage(r.nextInt(e.pages().size()), r.nextInt(e.pages().size()));
            } else if (what == 2) {
                e = rethread(e, r);
            } else if (what == 3) {
                Story s = e.stories().get(r.nextInt(e.stories().size()));
                e = e.withStory(IncrementalFlowTest.edit(s, r));
            } else if (what == 4) {
                Page p = e.pages().get(r.nextInt(e.pages().size()));
                e = e.withPage(r.nextBoolean() ? p.withNumber(r.nextInt(3) * (1 + r.nextInt(9))) : p.withoutFrame(
                        p.frames().get(r.nextInt(p.frames().size())).id()));
            } else {
                e = step(e, r);
            }
            history.add(e);
            EditionLayout inc = live.layout(e, DIR);
            if (live.session().lastComposedStories() < e.stories().size()) flowedLess++;
            assertEquals(LayoutText.dump(whole.compose(e, DIR)), LayoutText.dump(inc), "round " + round);
        }
        assertTrue(flowedLess > 90, "most steps flow few stories: " + flowedLess);
    }

    /** A story's chain shortened by its last frame, or lengthened by a text frame of another page. */
    static Edition rethread(Edition e, Random r) {
        Story s = e.stories().get(r.nextInt(e.stories().size()));
        List<FrameRef> chain = new ArrayList<>(s.chain());
        if (chain.size() > 1 && r.nextBoolean()) {
            chain.remove(chain.size() - 1);
        } else {
            Page p = e.pages().get(r.nextInt(e.pages().size()));
            p.frames().stream().filter(f -> f instanceof paiban.model.frame.TextFrame).skip(r.nextInt(3)).findFirst()
                    .ifPresent(f -> chain.add(new FrameRef(p.id(), f.id())));
        }
        return e.withStory(new Story(s.id(), s.title(), s.paragraphs(), chain, s.continuationHeadline(), s.balanceLastFrame()));
    }

    /** Random frame steps on {@code e}, each checked against a whole composition. */
    static void dragAround(Edition e, long seed, int rounds) {
        Random r = new Random(seed);
        EditionComposer live = new EditionComposer(FONTS);
        EditionComposer whole = new EditionComposer(FONTS);
        live.layout(e, null);
        for (int round = 0; round < rounds; round++) {
            e = r.nextInt(10) == 0 ? rethread(e, r) : step(e, r);
            assertEquals(LayoutText.dump(whole.compose(e, null)), LayoutText.dump(live.layout(e, null)), "round " + round);
        }
    }

    @Test
    void onAVerticalPageWithARunaroundAndOnAJumpingStory() {
        Edition vertical = VerticalEditions.page();
        Page p1 = vertical.pages().get(0);
        Rect photo = new Rect(Editions.T.columnLeft(3), Editions.T.lineTop(10), Units.mm(60), Units.mm(40));
        vertical = vertical.withPage(p1.withFrame(new ImageFrame("photo", photo, "", "").withWrap(new TextWrap(Units.pt(3)))));
        dragAround(vertical, 3L, 40);
        dragAround(IncrementalFlowTest.edition(), 4L, 40);
    }

    @Test
    void onTheGeneratedEditionToo() {
        Random r = new Random(42L);
        EditionComposer live = new EditionComposer(FONTS);
        EditionComposer whole = new EditionComposer(FONTS);
        Edition e = GeneratedEdition.of(6, 42);
        live.layout(e, null);
        for (int round = 0; round < 30; round++) {
            e = step(e, r);
            assertEquals(LayoutText.dump(whole.compose(e, null)), LayoutText.dump(live.layout(e, null)), "round " + round);
        }
    }

    /** Stories threading a frame of {@code pageId} that one of {@code frames} bounds (before or after) reaches. */
    static Set<String> storiesNear(Edition e, String pageId, List<Rect> reach) {
        Set<String> out = new TreeSet<>();
        Page page = e.page(pageId).orElseThrow();
        for (Story s : e.stories()) {
            for (FrameRef ref : s.chain()) {
                if (!ref.pageId().equals(pageId)) continue;
                Rect b = page.frame(ref.frameId()).orElseThrow().bounds();
                if (reach.stream().anyMatch(x -> x.intersects(b))) out.add(s.id());
            }
        }
        return out;
    }

    @Test
    void movingATextFrameOnTheSamplesFrontPageFlowsOnlyItsStory() {
        EditionComposer composer = new EditionComposer(FONTS);
        FlowSession session = composer.session();
        EditionLayout before = composer.layout(sample, DIR);
        Page p1 = sample.page("p1").orElseThrow();
        PageTemplate t = sample.templateOf(p1);
        Edition e = sample;
        Story economy = sample.story("economy").orElseThrow();
        EditionLayout previous = before;
        for (int i = 1; i <= 6; i++) {
            Rect to = p1.frame("p1-economy").orElseThrow().bounds().moved(0, (i % 3) * t.pitch());
            e = new MoveFrame("p1", "p1-economy", to).apply(e).edition();
            EditionLayout l = composer.layout(e, DIR);
            assertTrue(session.lastWasIncremental());
            assertEquals(1, session.lastComposedStories(), "step " + i);
            // the photo, rules, header, 花边 and every other untouched frame hand over the very same marks
            java.util.Set<Mark> was = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            was.addAll(previous.page("p1").orElseThrow().marks());
            int kept = 0;
            for (Mark m : l.page("p1").orElseThrow().marks()) {
                if (m instanceof paiban.layout.LineBox || !previous.page("p1").orElseThrow().marks().contains(m)) continue;
                assertTrue(was.contains(m), "step " + i + ": an unchanged mark made again: " + m);
                kept++;
            }
            assertTrue(kept >= 10, "furniture and frame looks kept: " + kept);
            previous = l;
            assertEquals(economy.paragraphs().size(), session.lastComposedParagraphs(), "step " + i);
            assertNotSame(before.page("p1").orElseThrow(), l.page("p1").orElseThrow());
            for (String other : List.of("p2", "p3")) {
                assertSame(before.page(other).orElseThrow(), l.page(other).orElseThrow(), other + " keeps its layout");
            }
        }
    }

    @Test
    void aPhotoWithARunaroundFlowsTheStoriesItReachesAndNoOthers() {
        EditionComposer composer = new EditionComposer(FONTS);
        FlowSession session = composer.session();
        Page p1 = sample.page("p1").orElseThrow();
        ImageFrame photo = ((ImageFrame) p1.frame("p1-lead-photo").orElseThrow()).withWrap(new TextWrap(Units.pt(3)));
        Edition wrapped = sample.withPage(p1.withFrame(photo));
        composer.layout(wrapped, DIR);
        PageTemplate t = sample.templateOf(p1);
        Rect from = photo.bounds().grow(photo.wrap().offset());
        Rect to = photo.bounds().moved(t.columnWidth() / 2, 2 * t.pitch()); // into the lead's second column
        Edition e = new MoveFrame("p1", photo.id(), to).apply(wrapped).edition();
        EditionLayout l = composer.layout(e, DIR);
        Set<String> near = storiesNear(wrapped, "p1", List.of(from, to.grow(photo.wrap().offset())));
        assertTrue(near.contains("lead"), near.toString());
        assertTrue(session.lastComposedStories() >= 1 && session.lastComposedStories() <= near.size(),
                session.lastComposedStories() + " stories flowed; reached: " + near);
        assertTrue(session.lastComposedStories() < sample.stories().size() / 2);
        assertEquals(LayoutText.dump(new EditionComposer(FONTS).compose(e, DIR)), LayoutText.dump(l));
    }

    @Test
    void onTwentyFourPagesADragStepFlowsOneStoryAndKeepsTwentyThreePages() {
        Edition base = GeneratedEdition.of(24, 42);
        EditionComposer composer = new EditionComposer(FONTS);
        FlowSession session = composer.session();
        EditionLayout before = composer.layout(base, null);
        PageTemplate t = base.templateOf(base.pages().get(0));
        Rect start = base.pages().get(0).frame("t2").orElseThrow().bounds();
        String owner = base.stories().stream().filter(s -> s.threads("t2") && s.chain().get(0).pageId().equals("p1"))
                .findFirst().orElseThrow().id();
        Edition e = base;
        for (int i = 1; i <= 4; i++) {
            e = new MoveFrame("p1", "t2", start.moved(0, i * t.pitch())).apply(e).edition();
            EditionLayout l = composer.layout(e, null);
            assertEquals(1, session.lastComposedStories(), "step " + i);
            int composed = session.lastComposedParagraphs();
            assertTrue(composed > 0 && composed <= e.story(owner).orElseThrow().paragraphs().size(), "step " + i + ": " + composed);
            int kept = 0;
            for (int p = 0; p < l.pages().size(); p++) if (l.pages().get(p) == before.pages().get(p)) kept++;
            assertEquals(23, kept, "step " + i);
        }
    }
}
