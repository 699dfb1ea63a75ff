package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import paiban.compose.text.CharClass;
import paiban.compose.text.Prohibitions;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.GlyphRun;
import paiban.layout.GlyphRun.Orientation;
import paiban.layout.LineBox;
import paiban.layout.StoryFit;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.frame.TextFrame;
import paiban.model.frame.WritingMode;
import paiban.layout.PageLayout;
import paiban.model.story.Paragraph;
import paiban.model.style.ProhibitionLevel;

/** Vertical text (竖排) composed: glyph ids, cells, columns right to left, prohibitions, copyfit. */
class VerticalTextTest {
    private static final int PITCH = Editions.T.pitch();
    private static final int BODY = Editions.T.bodySize();

    static EditionLayout compose(Edition e) {
        return new EditionComposer(FontLibrary.shared()).compose(e);
    }

    static List<LineBox> lines(EditionLayout layout, String storyId) {
        List<LineBox> out = new ArrayList<>();
        for (var m : layout.pages().get(0).marks()) if (m instanceof LineBox b && b.storyId().equals(storyId)) out.add(b);
        return out;
    }

    @Test void aPunctuatedParagraphTakesVerticalFormsInItsCells() {
        EditionLayout layout = compose(VerticalEditions.page());
        List<LineBox> lines = lines(layout, "v");
        LineBox col = lines.stream().filter(b -> b.paragraph() == 2).findFirst().orElseThrow();
        assertTrue(col.vertical());
        assertEquals(VerticalEditions.PUNCTUATED, col.text(), "the whole paragraph in one column");
        Rect frame = Editions.T.gridRect(4, 3, 0, 40);
        assertEquals(frame.y(), col.x(), "the column starts at the frame's top");
        assertEquals(frame.height(), col.width(), "the measure is the frame's height");

        List<String> texts = new ArrayList<>();
        List<Orientation> kinds = new ArrayList<>();
        for (GlyphRun r : col.runs()) {
            texts.add(r.text());
            kinds.add(r.orientation());
        }
        assertEquals(List.of("「春天来了」，他说。《人民日报》", "——", "4", "月", "27", "日报道……"), texts);
        assertEquals(List.of(Orientation.UPRIGHT, Orientation.ROTATED, Orientation.COMBINED, Orientation.UPRIGHT,
                Orientation.COMBINED, Orientation.UPRIGHT), kinds, "dashes turned, 4 and 27 upright in their cells (纵中横)");

        GlyphRun first = col.runs().get(0);
        // Noto Serif SC's vert forms: 「 」 ， 。 《 》 … differ from their horizontal glyphs
        assertArrayEquals(new int[] {29673, 14871, 11560, 15188, 8853, 29674, 29646, 8933, 24500, 29648, 29669, 8905,
                16380, 14807, 13983, 29670}, first.glyphs());
        var face = first.face();
        int i = 0;
        for (int cp : first.text().codePoints().toArray()) {
            int horizontal = face.glyphId(cp);
            if ("「」，。《》".indexOf(cp) >= 0) assertNotEquals(horizontal, first.glyphs()[i], Character.toString(cp));
            else assertEquals(horizontal, first.glyphs()[i], Character.toString(cp));
            i++;
        }
        assertEquals(29655, col.runs().get(5).glyphs()[3], "…… upright in its vertical form");
        // cells down the column: a 2 字 indent less the opening bracket's half, half cells for 」，and 。 before 《
        assertArrayEquals(new int[] {13500, 22500, 31500, 40500, 49500, 58500, 63000, 72000, 81000, 90000, 94500,
                103500, 112500, 121500, 130500, 139500}, first.xs());

        // columns right to left, one pitch apart, on the grid turned 90°
        LineBox next = lines.stream().filter(b -> b.paragraph() == 3).findFirst().orElseThrow();
        assertEquals(col.baseline() - PITCH, next.baseline());
        LineBox headline = lines.stream().filter(b -> b.paragraph() == 1).findFirst().orElseThrow();
        assertTrue(headline.vertical() && headline.baseline() > col.baseline(), "the 主题 right of the story");
        // the column break: 60 characters in a column 59.5 字 high (GDP and 5.2% are narrower than 字)
        assertEquals(60, next.end());
        assertEquals("稳定提高，", lines.stream().filter(b -> b.paragraph() == 3 && b.start() == 60).findFirst()
                .orElseThrow().text().substring(0, 5));
    }

    @Test void theHorizontalStoryBesideIsUntouched() {
        EditionLayout layout = compose(VerticalEditions.page());
        for (LineBox b : lines(layout, "h")) {
            assertFalse(b.vertical());
            for (GlyphRun r : b.runs()) assertEquals(Orientation.HORIZONTAL, r.orientation());
        }
    }

    @Test void frameInfoGivesTheRealFrameAndItsTiersAndCopyfitCountsVerticalColumns() {
        EditionLayout layout = compose(VerticalEditions.page());
        FrameInfo info = layout.pages().get(0).frames().stream().filter(f -> f.frameId().equals("vt")).findFirst().orElseThrow();
        Rect frame = Editions.T.gridRect(4, 3, 0, 40);
        assertEquals(frame, info.bounds());
        assertEquals(List.of(frame), info.columns());
        int columns = (frame.width() - BODY) / PITCH + 1;
        assertEquals(columns, info.linesUsed() + info.linesLeft(), "a vertical frame offers one line per grid column");
        assertEquals(3, info.linesUsed());
        StoryFit fit = layout.stories().get("v");
        assertEquals(0, fit.overset());
    }

    @Test void overflowingVerticalTextIsCountedOverset() {
        List<Paragraph> ps = Editions.paragraphs(11, 40, 200);
        EditionLayout layout = compose(VerticalEditions.page(ps));
        StoryFit fit = layout.stories().get("v");
        assertTrue(fit.overset() > 0);
        assertEquals(fit.characters(), fit.charsSet() + fit.overset());
    }

    /** 避头尾 in vertical columns, over generated paragraphs; every upright glyph in its vertical form. */
    @Test void prohibitionsHoldInVerticalColumns() {
        for (long seed = 1; seed <= 25; seed++) {
            Random r = new Random(seed);
            List<Paragraph> ps = new ArrayList<>();
            for (int k = 0; k < 3; k++) ps.add(new Paragraph("正文", Editions.text(r, 30 + r.nextInt(120))));
            EditionLayout layout = compose(VerticalEditions.page(ps));
            List<LineBox> lines = lines(layout, "v");
            int lastAxis = Integer.MAX_VALUE;
            for (int i = 0; i < lines.size(); i++) {
                LineBox b = lines.get(i);
                assertTrue(b.vertical());
                assertTrue(b.baseline() < lastAxis, "columns run right to left");
                lastAxis = b.baseline();
                if (b.paragraph() < 2) continue;
                String t = b.text();
                boolean lastOfParagraph = i + 1 == lines.size() || lines.get(i + 1).paragraph() != b.paragraph();
                final long s = seed;
                if (b.start() > 0) assertFalse(Prohibitions.notAtStart(ProhibitionLevel.STRICT, CharClass.of(t.codePointAt(0))),
                        () -> "seed " + s + ": a column starts with " + t);
                if (!lastOfParagraph) assertFalse(Prohibitions.notAtEnd(ProhibitionLevel.STRICT, CharClass.of(t.codePointBefore(t.length()))),
                        () -> "seed " + s + ": a column ends with " + t);
                for (GlyphRun run : b.runs()) {
                    if (run.orientation() != Orientation.UPRIGHT) continue;
                    int[] cps = run.text().codePoints().toArray();
                    for (int g = 0; g < cps.length; g++) {
                        assertEquals(run.face().verticalForm(run.face().glyphId(cps[g])), run.glyphs()[g]);
                    }
                    for (int g = 1; g < cps.length; g++) assertTrue(run.xs()[g] > run.xs()[g - 1], "cells run down");
                }
            }
        }
    }

    /** A vertical story threads through vertical frames on two pages; its jump lines are columns too. */
    @Test void aVerticalStoryJumpsWithVerticalJumpLines() {
        Edition e = Editions.jumping(30, 200);
        List<Page> pages = new ArrayList<>();
        for (Page p : e.pages()) {
            Page q = p;
            for (var f : p.frames()) if (f instanceof TextFrame t) q = q.withFrame(t.withWritingMode(WritingMode.VERTICAL));
            pages.add(q);
        }
        EditionLayout layout = compose(e.withPages(pages));
        List<String> jumps = new ArrayList<>();
        for (PageLayout page : layout.pages()) {
            for (var m : page.marks()) {
                if (m instanceof LineBox b && b.storyId().equals("s")) {
                    assertTrue(b.vertical(), "every line of the story is a column");
                    if (b.generated()) jumps.add(page.pageId() + ":" + b.text());
                }
            }
        }
        assertEquals(List.of("p1:（下转第三版）", "p3:（上接第一版）"), jumps);
        StoryFit fit = layout.stories().get("s");
        assertEquals(fit.characters(), fit.charsSet() + fit.overset());
    }

    /** The style's uprightDigits: 0 turns 27 with the Latin, 4 sets 2026 upright in one cell. */
    @Test void theStyleSaysWhichNumbersStandUpright() {
        Edition e = VerticalEditions.page(List.of(new Paragraph("正文", "4月27日，2026年。")));
        var body = e.styles().paragraph("正文");
        for (int digits : new int[] {0, 3, 4}) {
            Edition styled = e.withStyles(e.styles().with(body.withUprightDigits(digits)));
            LineBox col = lines(compose(styled), "v").stream().filter(b -> b.paragraph() == 2).findFirst().orElseThrow();
            List<String> runs = new ArrayList<>();
            for (GlyphRun r : col.runs()) runs.add(r.orientation().name().charAt(0) + r.text());
            String expect = switch (digits) {
                case 0 -> "[C4, U月, R27, U日，, R2026, U年。]";
                case 3 -> "[C4, U月, C27, U日，, R2026, U年。]";
                default -> "[C4, U月, C27, U日，, C2026, U年。]";
            };
            assertEquals(expect, runs.toString(), "uprightDigits " + digits);
        }
    }
}
