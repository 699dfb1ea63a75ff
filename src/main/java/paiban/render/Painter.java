package paiban.render;

import paiban.layout.BoxMark;
import paiban.layout.GlyphRun;
import paiban.layout.ImageMark;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.layout.PathMark;
import paiban.layout.PlacedPdfMark;
import paiban.layout.RuleMark;

/**
 * The narrow drawing interface both renderers implement (screen and PDF).
 * Coordinates are the layout's: millipoints, origin top-left of the trim, y down.
 * A painter draws what it is given and measures nothing.
 */
public interface Painter {
    void beginPage(PageLayout page);

    /** Draws {@code run}'s glyphs at (line.x + xs[i], line.baseline). */
    void glyphs(LineBox line, GlyphRun run);

    void rule(RuleMark rule);

    void box(BoxMark box);

    /** A vector path (花边, rounded boxes); a painter that draws none leaves it out. */
    default void path(PathMark path) {}

    void image(ImageMark image);

    /** Draws a page of a placed PDF fitted into its frame. */
    void placedPdf(PlacedPdfMark placed);

    void endPage();
}
