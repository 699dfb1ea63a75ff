package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.layout.StoryFit;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.TextFrame;
import paiban.model.frame.TextWrap;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;
import paiban.model.unit.Units;

class OversetAndWrapTest {
    static final EditionComposer COMPOSER = new EditionComposer(FontLibrary.shared());
    static final PageTemplate T = Editions.T;

    static int chars(List<LineBox> lines) {
        int n = 0;
        for (LineBox l : lines) n += l.text().codePointCount(0, l.text().length());
        return n;
    }

    @Test
    void shrinkingTheLastFrameCreatesOversetAndLosesNothing() {
        Edition e = Editions.jumping(12, 220);
        Page p3 = e.page("p3").orElseThrow();
        TextFrame b = (TextFrame) p3.frame("b").orElseThrow();
        Edition shrunk = e.withPage(p3.withFrame(b.withBounds(T.gridRect(0, 4, 0, 8))));
        Story s = shrunk.stories().get(0);
        EditionLayout layout = COMPOSER.compose(shrunk);
        StoryFit fit = layout.stories().get("s");
        assertTrue(fit.overset() > 0, "text is over");
        assertEquals(s.characterCount(), fit.charsSet() + fit.overset());
        assertEquals(chars(LayoutText.storyLines(layout, "s")), fit.charsSet(), "characters counted are characters set");
        FrameInfo last = layout.page("p3").orElseThrow().frames().get(0);
        assertEquals(fit.overset(), last.oversetChars(), "超 N 字 on the last frame");
        assertEquals(0, last.linesLeft());
        assertEquals(4 * 8, last.linesUsed(), "every line of the shrunk frame used (上接 included)");
        FrameInfo first = layout.page("p1").orElseThrow().frames().get(0);
        assertEquals(0, first.oversetChars());
        assertEquals(first.charsSet() + last.charsSet(), fit.charsSet());
        // the set text is a prefix of the story, the overset rest stays in the story
        String set = LayoutText.setText(layout, s);
        assertTrue(s.text().startsWith(set));
    }

    @Test
    void aShortStoryReportsTheLinesLeft() {
        Edition e = Editions.jumping(2, 100);
        EditionLayout layout = COMPOSER.compose(e);
        StoryFit fit = layout.stories().get("s");
        int lines = LayoutText.storyLines(layout, "s").size();
        assertEquals(lines, fit.linesUsed());
        // p1 part: 4×30 minus the reserved 下转 line; all of p3 is still free
        assertEquals(4 * 30 - 1 - lines + 4 * 60, fit.linesLeft());
        assertEquals(0, fit.overset());
        assertEquals(e.stories().get(0).characterCount(), fit.charsSet());
    }

    @Test
    void storyWithoutFramesIsAllOverset() {
        Edition e = Editions.jumping(3, 100);
        e = e.withStory(e.stories().get(0).withChain(List.of()));
        StoryFit fit = COMPOSER.compose(e).stories().get("s");
        assertEquals(e.stories().get(0).characterCount(), fit.overset());
        assertEquals(0, fit.charsSet());
    }

    /** A photo with a wrap over the middle of a 4-column text frame on page 1. */
    static Edition wrapped(Rect photo, int offset) {
        Edition e = Editions.jumping(12, 220);
        Page p1 = e.page("p1").orElseThrow();
        ImageFrame img = new ImageFrame("photo", photo, "", "").withWrap(new TextWrap(offset));
        return e.withPage(p1.withFrame(img));
    }

    @Test
    void aWrapKeepsThePhotosRectangleFreeOfText() {
        Rect photo = new Rect(T.columnLeft(1) + Units.mm(10), T.lineTop(15), Units.mm(60), Units.mm(40));
        int offset = Units.pt(4);
        Edition e = wrapped(photo, offset);
        EditionLayout layout = COMPOSER.compose(e);
        Rect keepOut = photo.grow(offset);
        PageLayout p1 = layout.page("p1").orElseThrow();
        int body = T.bodySize();
        int shortened = 0;
        for (LineBox l : p1.lines()) {
            for (GlyphRun r : l.runs()) {
                for (int i = 0; i < r.length(); i++) {
                    Rect glyph = new Rect(l.x() + r.xs()[i], l.baseline() - Baseline.ascent(r.size()), r.advances()[i], r.size());
                    assertFalse(glyph.intersects(keepOut), "glyph " + r.text() + " at " + glyph + " inside the wrap");
                }
            }
            if (l.width() < ((TextFrame) e.page("p1").orElseThrow().frame("a").orElseThrow()).columnWidth()) shortened++;
            // every line stays on the grid
            assertEquals(0, (l.baseline() - Baseline.ascent(body) - T.marginTop()) % T.pitch(), "on the grid: " + l.text());
        }
        assertTrue(shortened > 0, "lines beside the photo are shortened");
        assertEquals(e.stories().get(0).text(), LayoutText.setText(layout, e.stories().get(0)));
    }

    @Test
    void aWrapAcrossAWholeColumnSkipsItsGridLines() {
        TextFrame a = (TextFrame) Editions.jumping(1, 10).page("p1").orElseThrow().frame("a").orElseThrow();
        int colW = a.columnWidth();
        Rect photo = new Rect(a.bounds().x(), T.lineTop(20), colW, T.spanHeight(3));
        Edition e = wrapped(photo, 0);
        EditionLayout layout = COMPOSER.compose(e);
        List<Integer> firstColumn = new ArrayList<>();
        for (LineBox l : layout.page("p1").orElseThrow().lines()) if (l.x() == a.bounds().x()) firstColumn.add(l.baseline());
        int asc = Baseline.ascent(T.bodySize());
        for (int g = 10; g < 40; g++) {
            boolean covered = g >= 20 && g <= 22;
            assertEquals(!covered, firstColumn.contains(T.lineTop(g) + asc), "grid line " + g);
        }
        assertEquals(e.stories().get(0).text(), LayoutText.setText(layout, e.stories().get(0)));
    }

    @Test
    void aWrapPushesTextWhetherItsFrameLiesAboveOrBelowTheTextFrame() {
        Edition e = Editions.jumping(12, 220);
        Page p1 = e.page("p1").orElseThrow();
        Rect photo = new Rect(T.columnLeft(1), T.lineTop(15), Units.mm(60), Units.mm(40));
        Frame wrapped = new ImageFrame("photo", photo, "", "").withWrap(new TextWrap(0));
        List<Frame> below = new ArrayList<>();
        below.add(wrapped);
        below.addAll(p1.frames());
        List<Frame> above = new ArrayList<>(p1.frames());
        above.add(wrapped);
        List<String> under = LayoutText.storyLines(COMPOSER.compose(e.withPage(p1.withFrames(below))), "s")
                .stream().map(LineBox::text).toList();
        List<String> over = LayoutText.storyLines(COMPOSER.compose(e.withPage(p1.withFrames(above))), "s")
                .stream().map(LineBox::text).toList();
        List<String> none = LayoutText.storyLines(COMPOSER.compose(e), "s").stream().map(LineBox::text).toList();
        assertEquals(over, under, "stacking order does not change the runaround");
        assertNotEquals(none, under, "the photo's wrap moved the lines beside it");
        int beside = 0;
        for (LineBox l : COMPOSER.compose(e.withPage(p1.withFrames(below))).page("p1").orElseThrow().lines()) {
            if (!l.storyId().equals("s") || l.baseline() <= photo.y() || l.baseline() - T.bodySize() >= photo.bottom()) continue;
            beside++;
            assertFalse(l.x() < photo.right() && l.x() + l.width() > photo.x(), "a line runs through the photo: " + l.text());
        }
        assertTrue(beside > 0, "lines are set beside the photo");
    }

    @Test
    void aPhotosWrapLeavesItsOwnCaptionAlone() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("assets", "sample");
        Edition sample = paiban.io.EditionFile.read(dir.resolve("edition.json"));
        Page p1 = sample.page("p1").orElseThrow();
        ImageFrame photo = (ImageFrame) p1.frame("p1-lead-photo").orElseThrow();
        Edition wrapped = sample.withPage(p1.withFrame(photo.withWrap(new TextWrap(2 * T.bodySize()))));
        List<String> plain = LayoutText.storyLines(COMPOSER.compose(sample, dir), "lead-caption").stream().map(LineBox::text).toList();
        List<String> now = LayoutText.storyLines(COMPOSER.compose(wrapped, dir), "lead-caption").stream().map(LineBox::text).toList();
        assertFalse(plain.isEmpty());
        assertEquals(plain, now, "the caption under the photo keeps its lines");
    }

    @Test
    void firstBaselinesOfNeighbouringColumnsAndStoriesAreEqual() {
        Edition e = Editions.jumping(25, 220);
        Page p3 = e.page("p3").orElseThrow();
        // a second story beside, in a frame whose top is off the grid by 2 pt: its lines snap to the grid
        Rect off = T.gridRect(4, 4, 0, 60).moved(0, Units.pt(-2));
        TextFrame c = new TextFrame("c", new Rect(off.x(), off.y(), off.width(), off.height() + Units.pt(2)), 3, T.gap());
        Story other = new Story("o", "", Editions.paragraphs(3, 30, 150), List.of(new FrameRef("p3", "c")));
        e = e.withPage(p3.withFrame(c)).withStory(other);
        EditionLayout layout = COMPOSER.compose(e);
        PageLayout page = layout.page("p3").orElseThrow();
        List<Integer> firsts = new ArrayList<>();
        for (FrameInfo f : page.frames()) {
            for (Rect col : f.columns()) {
                page.lines().stream().filter(l -> l.x() == col.x()).mapToInt(LineBox::baseline).min().ifPresent(firsts::add);
            }
        }
        assertEquals(7, firsts.size(), "4 + 3 columns hold text");
        assertTrue(firsts.stream().distinct().count() == 1, "first baselines " + firsts);
    }
}
