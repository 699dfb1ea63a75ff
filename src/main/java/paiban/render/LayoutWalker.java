package paiban.render;

import paiban.layout.BoxMark;
import paiban.layout.EmphasisDots;
import paiban.layout.GlyphRun;
import paiban.layout.ImageMark;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.PathMark;
import paiban.layout.PlacedPdfMark;
import paiban.layout.RuleMark;

/** Feeds a page's marks to a painter in drawing order. */
public final class LayoutWalker {
    private LayoutWalker() {}

    public static void walk(PageLayout page, Painter painter) {
        painter.beginPage(page);
        for (Mark m : page.marks()) {
            if (m instanceof LineBox line) {
                for (GlyphRun run : line.runs()) painter.glyphs(line, run);
                for (PathMark dots : EmphasisDots.of(line)) painter.path(dots);
            } else if (m instanceof RuleMark r) {
                painter.rule(r);
            } else if (m instanceof BoxMark b) {
                painter.box(b);
            } else if (m instanceof PathMark p) {
                painter.path(p);
            } else if (m instanceof ImageMark i) {
                painter.image(i);
            } else if (m instanceof PlacedPdfMark p) {
                painter.placedPdf(p);
            }
        }
        painter.endPage();
    }
}
