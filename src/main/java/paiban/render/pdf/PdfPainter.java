package paiban.render.pdf;

import java.io.IOException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import paiban.font.InvisibleCharacters;
import paiban.layout.BoxMark;
import paiban.layout.GlyphRun;
import paiban.layout.ImageMark;
import paiban.layout.LineBox;
import paiban.layout.VerticalGlyphs;
import paiban.layout.PageLayout;
import paiban.layout.PlacedPdfMark;
import paiban.layout.PathMark;
import paiban.layout.RuleMark;
import paiban.layout.StrokeStyle;
import paiban.model.Rect;
import paiban.model.style.Cmyk;
import paiban.render.Painter;
import paiban.render.placed.PlacedFit;

/**
 * Draws one page's marks into a PDF page of a {@link PrintDocument}.
 * Glyph ids from the layout go into the content stream as two-byte codes
 * with TJ offsets taken from the layout's x positions; nothing is measured
 * or re-encoded here. Colours are DeviceCMYK; pure black overprints.
 */
public final class PdfPainter implements Painter {
    private static final Cmyk MISSING_IMAGE_GREY = new Cmyk(0, 0, 0, 20);

    private final PrintDocument doc;
    private ContentBuilder out;
    private PDPage pdPage;
    private PageLayout page;
    private PageGeometry geo;
    private COSDictionary fontResources;
    private COSDictionary xobjectResources;

    private boolean inText;
    private EmbeddedFont currentFont;
    private int currentSize;
    private Cmyk currentFill;
    private Boolean currentOverprint;

    public PdfPainter(PrintDocument doc) {
        this.doc = doc;
    }

    @Override public void beginPage(PageLayout layout) {
        page = layout;
        geo = new PageGeometry(layout.width(), layout.height(), doc.settings().bleed(), doc.settings().cropMarks());
        pdPage = new PDPage(geo.mediaBox());
        pdPage.setBleedBox(geo.bleedBox());
        pdPage.setTrimBox(geo.trimBox());
        out = new ContentBuilder();
        fontResources = new COSDictionary();
        xobjectResources = new COSDictionary();
        inText = false;
        currentFont = null;
        currentFill = null;
        currentOverprint = null;
    }

    @Override public void glyphs(LineBox line, GlyphRun run) {
        int n = run.length();
        if (n == 0 || !printsAnything(run)) return;
        if (!inText) {
            out.op("BT");
            inText = true;
        }
        fill(run.color());
        EmbeddedFont font = doc.font(run.face());
        fontResources.setItem(COSName.getPDFName(font.resourceName()), font.dictionary());
        if (font != currentFont || run.size() != currentSize) {
            out.name(font.resourceName()).mpt(run.size()).op("Tf");
            currentFont = font;
            currentSize = run.size();
        }
        if (line.vertical()) {
            verticalGlyphs(font, line, run);
            return;
        }
        int x0 = line.x() + run.xs()[0];
        if (run.scaled()) {
            // 长体/扁体: the text matrix scales the real outlines; nothing is faked
            out.percent(run.horizontalScale()).raw("0 0 ").percent(run.verticalScale())
                    .mpt(geo.x(x0)).mpt(geo.y(line.baseline())).op("Tm");
        } else {
            out.raw("1 0 0 1 ").mpt(geo.x(x0)).mpt(geo.y(line.baseline())).op("Tm");
        }
        writeGlyphs(font, run);
    }

    /**
     * A run of a vertical line: upright glyphs one by one at their cells (Identity-H, each with its
     * own text matrix, so the content stream holds them in reading order), a turned run under a
     * text matrix turned 90° clockwise, a 纵中横 group under one narrowed to its cell.
     */
    private void verticalGlyphs(EmbeddedFont font, LineBox line, GlyphRun run) {
        switch (run.orientation()) {
            case ROTATED -> {
                out.raw("0 -1 1 0 ").mpt(geo.x((int) Math.round(VerticalGlyphs.rotatedBaselineX(line, run))))
                        .mpt(geo.y((int) Math.round(VerticalGlyphs.rotatedY(line, run, 0)))).op("Tm");
                writeGlyphs(font, run);
            }
            case COMBINED -> {
                out.num(VerticalGlyphs.combinedScale(run)).raw("0 0 1 ")
                        .mpt(geo.x((int) Math.round(VerticalGlyphs.combinedX(line, run))))
                        .mpt(geo.y((int) Math.round(VerticalGlyphs.combinedY(line, run)))).op("Tm");
                writeCodes(font, run, 0, run.length());
            }
            default -> {
                for (int i = 0; i < run.length(); i++) {
                    out.raw("1 0 0 1 ").mpt(geo.x((int) Math.round(VerticalGlyphs.uprightX(line, run, i))))
                            .mpt(geo.y((int) Math.round(VerticalGlyphs.uprightY(line, run, i)))).op("Tm");
                    writeCodes(font, run, i, i + 1);
                }
            }
        }
    }

    /** Glyphs {@code from} to {@code to} of a run at their natural advances; those that do not print are left out. */
    private void writeCodes(EmbeddedFont font, GlyphRun run, int from, int to) {
        String text = run.text();
        int ti = text.offsetByCodePoints(0, from);
        out.ch('[').beginHex();
        for (int i = from; i < to; i++) {
            int cp = text.codePointAt(ti);
            ti += Character.charCount(cp);
            if (prints(run.glyphs()[i], cp)) out.hex16(font.code(run.glyphs()[i], cp));
        }
        out.endHex().ch(']').op(" TJ");
    }

    /**
     * Whether glyph {@code i} of a run goes into the PDF: not glyph 0 (a character no
     * face has, which preflight reports; .notdef never reaches the plate) and not an
     * invisible character (a control, a separator, a soft hyphen), which has nothing to show.
     */
    private static boolean prints(int glyph, int codePoint) {
        return glyph != 0 && !InvisibleCharacters.isInvisible(codePoint);
    }

    private static boolean printsAnything(GlyphRun run) {
        int[] glyphs = run.glyphs();
        String text = run.text();
        for (int i = 0, off = 0; i < glyphs.length; i++) {
            int cp = text.codePointAt(off);
            if (prints(glyphs[i], cp)) return true;
            off += Character.charCount(cp);
        }
        return false;
    }

    /** [<codes> adjust <codes> …] TJ, placing every glyph at its layout x; glyphs that do not print are left out. */
    private void writeGlyphs(EmbeddedFont font, GlyphRun run) {
        int[] glyphs = run.glyphs(), xs = run.xs();
        String text = run.text();
        double size = run.size();
        double h = run.horizontalScale() / 100.0; // text space to user space, across
        double pen = 0; // millipoints from the run's first glyph, as the viewer will advance
        int ti = 0;
        out.ch('[').beginHex();
        for (int i = 0; i < glyphs.length; i++) {
            int cp = text.codePointAt(ti);
            ti += Character.charCount(cp);
            if (!prints(glyphs[i], cp)) continue;
            if (i > 0) {
                double delta = (xs[i] - xs[0]) - pen;
                if (Math.abs(delta) >= 0.5) {
                    long adjust = Math.round(-delta * 1_000_000 / (size * h)); // thousandths of a TJ unit
                    if (adjust != 0) {
                        out.endHex().ch(' ').mpt(adjust).beginHex();
                        pen -= adjust / 1000.0 * size / 1000.0 * h;
                    }
                }
            }
            int code = font.code(glyphs[i], cp);
            out.hex16(code);
            pen += font.width(code) * size / 1000.0 * h;
        }
        out.endHex().ch(']').op(" TJ");
    }

    private void fill(Cmyk c) {
        overprint(c.isPureBlack());
        if (!c.equals(currentFill)) {
            cmyk(c).op("k");
            currentFill = c;
        }
    }

    private ContentBuilder cmyk(Cmyk c) {
        return out.percent(c.c()).percent(c.m()).percent(c.y()).percent(c.k());
    }

    /** Pure black overprints (no white gap when plates shift); every other colour knocks out. */
    private void overprint(boolean on) {
        if (currentOverprint != null && currentOverprint == on) return;
        out.name(doc.overprintName(on)).op("gs");
        currentOverprint = on;
    }

    private void endText() {
        if (inText) {
            out.op("ET");
            inText = false;
        }
    }

    @Override public void rule(RuleMark r) {
        endText();
        overprint(r.color().isPureBlack());
        out.op("q");
        out.mpt(r.weight()).op("w");
        if (r.dashed()) out.raw("[").mpt(r.weight() * 4L).mpt(r.weight() * 3L).raw("] 0 ").op("d");
        if (r.dotted()) out.raw("1 J [0 ").mpt(r.weight() * 2L).raw("] 0 ").op("d"); // round dots two weights apart
        cmyk(r.color()).op("K");
        out.mpt(geo.x(r.x1())).mpt(geo.y(r.y1())).op("m");
        out.mpt(geo.x(r.x2())).mpt(geo.y(r.y2())).op("l S");
        out.op("Q");
    }

    @Override public void box(BoxMark b) {
        endText();
        if (b.fill() == null && (b.stroke() == null || b.weight() <= 0)) return;
        boolean black = (b.fill() == null || b.fill().isPureBlack()) && (b.stroke() == null || b.stroke().isPureBlack());
        overprint(black);
        out.op("q");
        if (b.fill() != null) cmyk(b.fill()).op("k");
        boolean stroke = b.stroke() != null && b.weight() > 0;
        if (stroke) {
            cmyk(b.stroke()).op("K");
            out.mpt(b.weight()).op("w");
        }
        rect(b.rect());
        out.op(b.fill() != null ? (stroke ? "B" : "f") : "S");
        out.op("Q");
    }

    @Override public void path(PathMark p) {
        endText();
        boolean stroke = p.stroke() != null && p.weight() > 0;
        if (p.fill() == null && !stroke) return;
        overprint((p.fill() == null || p.fill().isPureBlack()) && (!stroke || p.stroke().isPureBlack()));
        out.op("q");
        if (p.fill() != null) cmyk(p.fill()).op("k");
        if (stroke) {
            cmyk(p.stroke()).op("K");
            out.mpt(p.weight()).op("w");
            if (p.style() == StrokeStyle.DASHED) out.raw("[").mpt(p.weight() * 4L).mpt(p.weight() * 3L).raw("] 0 ").op("d");
            if (p.style() == StrokeStyle.DOTTED) out.raw("1 J [0 ").mpt(p.weight() * 2L).raw("] 0 ").op("d");
        }
        for (PathMark.Segment s : p.segments()) {
            if (s instanceof PathMark.Move m) out.mpt(geo.x(m.x())).mpt(geo.y(m.y())).op("m");
            else if (s instanceof PathMark.Line l) out.mpt(geo.x(l.x())).mpt(geo.y(l.y())).op("l");
            else if (s instanceof PathMark.Curve c) {
                out.mpt(geo.x(c.x1())).mpt(geo.y(c.y1())).mpt(geo.x(c.x2())).mpt(geo.y(c.y2()))
                        .mpt(geo.x(c.x())).mpt(geo.y(c.y())).op("c");
            } else out.op("h");
        }
        out.op(p.fill() != null ? (stroke ? "B" : "f") : "S");
        out.op("Q");
    }

    private void rect(Rect r) {
        out.mpt(geo.x(r.x())).mpt(geo.y(r.bottom())).mpt(r.width()).mpt(r.height()).op("re");
    }

    @Override public void image(ImageMark m) {
        endText();
        PDImageXObject xo = null;
        if (m.file() == null) {
            doc.warn(page.name() + ", frame " + m.frameId() + ": image missing; drawn as a grey box");
        } else {
            try {
                boolean turned = (m.rotation() & 1) == 1;
                xo = doc.image(m.file(), turned ? m.placement().height() : m.placement().width(),
                        turned ? m.placement().width() : m.placement().height());
            } catch (IOException | RuntimeException e) {
                doc.warn(page.name() + ", frame " + m.frameId() + ": image " + m.file() + " cannot be placed ("
                        + e.getMessage() + "); drawn as a grey box");
            }
        }
        overprint(false);
        out.op("q");
        if (xo == null) {
            cmyk(MISSING_IMAGE_GREY).op("k");
            rect(m.clip());
            out.op("f");
        } else {
            String name = doc.imageName(xo);
            xobjectResources.setItem(COSName.getPDFName(name), xo.getCOSObject());
            rect(m.clip());
            out.op("W n");
            imageMatrix(m.placement(), m.rotation());
            out.name(name).op("Do");
        }
        out.op("Q");
        currentFill = null;
    }

    /**
     * The image's unit square onto the placement, turned {@code quarterTurns}
     * clockwise: the file's top edge runs along the top (0), the right (1),
     * the bottom (2) or the left (3) of the placement.
     */
    private void imageMatrix(Rect p, int quarterTurns) {
        long x0 = geo.x(p.x()), y0 = geo.y(p.bottom());
        long w = p.width(), h = p.height();
        switch (quarterTurns) {
            case 1 -> out.raw("0 ").mpt(-h).mpt(w).raw("0 ").mpt(x0).mpt(y0 + h).op("cm");
            case 2 -> out.mpt(-w).raw("0 0 ").mpt(-h).mpt(x0 + w).mpt(y0 + h).op("cm");
            case 3 -> out.raw("0 ").mpt(h).mpt(-w).raw("0 ").mpt(x0 + w).mpt(y0).op("cm");
            default -> out.mpt(w).raw("0 0 ").mpt(h).mpt(x0).mpt(y0).op("cm");
        }
    }

    /**
     * The placed page as a form XObject, its trim box fitted into the frame and
     * clipped to it; a grey box (and a warning) when the file cannot be used.
     */
    @Override public void placedPdf(PlacedPdfMark m) {
        endText();
        PrintDocument.PlacedForm form = null;
        try {
            form = doc.placedForm(m.file(), m.page());
        } catch (IOException | RuntimeException e) {
            doc.warn(page.name() + ", ad frame " + m.frameId() + ": placed PDF cannot be used (" + e.getMessage()
                    + "); drawn as a grey box");
        }
        overprint(false);
        out.op("q");
        if (form == null) {
            cmyk(MISSING_IMAGE_GREY).op("k");
            rect(m.frame());
            out.op("f");
        } else {
            xobjectResources.setItem(COSName.getPDFName(form.name()), form.form().getCOSObject());
            rect(m.frame());
            out.op("W n");
            PlacedFit fit = PlacedFit.of(m.frame(), form.trim());
            double s = fit.scale() / 1000; // points of this page per point of the placed page
            String scale = String.format(java.util.Locale.ROOT, "%.6f ", s);
            long e = geo.x(0) + Math.round(fit.left() - form.trim().x() * fit.scale());
            long f = geo.y(0) - Math.round(fit.top() + form.trim().top() * fit.scale());
            out.raw(scale).raw("0 0 ").raw(scale).mpt(e).mpt(f).op("cm");
            out.name(form.name()).op("Do");
        }
        out.op("Q");
        currentFill = null;
        currentOverprint = null; // the placed page may have set its own graphics state inside q…Q; be explicit again
    }

    @Override public void endPage() {
        endText();
        if (doc.settings().cropMarks()) cropMarks();
        PDResources res = new PDResources();
        COSDictionary r = res.getCOSObject();
        if (fontResources.size() > 0) r.setItem(COSName.FONT, fontResources);
        if (xobjectResources.size() > 0) r.setItem(COSName.XOBJECT, xobjectResources);
        r.setItem(COSName.EXT_G_STATE, doc.extGStates());
        pdPage.setResources(res);
        try {
            pdPage.setContents(new PDStream(FlateStream.of(doc.pdf(), out.toByteArray())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        doc.addPage(pdPage, page);
        out = null;
    }

    /** Eight strokes at the trim corners, outside the bleed, in every ink (registration). */
    private void cropMarks() {
        overprint(false);
        out.op("q");
        out.mpt(PageGeometry.MARK_WEIGHT).op("w");
        out.op("1 1 1 1 K");
        int w = geo.trimWidth, h = geo.trimHeight, g = geo.markGap, l = PageGeometry.MARK_LENGTH;
        int[][] corners = {{0, 0, -1, -1}, {w, 0, 1, -1}, {0, h, -1, 1}, {w, h, 1, 1}};
        for (int[] c : corners) {
            int cx = c[0], cy = c[1], dx = c[2], dy = c[3];
            // horizontal mark in line with the horizontal trim edge
            out.mpt(geo.x(cx + dx * g)).mpt(geo.y(cy)).op("m");
            out.mpt(geo.x(cx + dx * (g + l))).mpt(geo.y(cy)).op("l");
            // vertical mark in line with the vertical trim edge
            out.mpt(geo.x(cx)).mpt(geo.y(cy + dy * g)).op("m");
            out.mpt(geo.x(cx)).mpt(geo.y(cy + dy * (g + l))).op("l");
        }
        out.op("S");
        out.op("Q");
    }
}
