package paiban.render.fx;

import java.util.Map;
import java.util.WeakHashMap;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import paiban.font.FontFace;
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
import paiban.render.Painter;
import paiban.render.placed.AdRaster;
import paiban.render.placed.PlacedFit;

/**
 * Draws a page's layout on a JavaFX canvas, glyph for glyph what the PDF
 * carries: each glyph at the position the composer gave it, in the run's
 * face, by its character when that face maps the character to this very
 * glyph (JavaFX then draws it from the same font file), else by the glyph's
 * outline from the file; never from a font JavaFX picks itself. A character
 * no face has (glyph 0) is marked red. Nothing is measured or broken here. Text smaller than {@link #GREEK_BELOW} pixels is greeked
 * (grey bars) as in every DTP tool, which keeps thumbnails fast.
 */
public final class FxPainter implements Painter {
    private static final System.Logger LOG = paiban.log.Log.of(FxPainter.class);
    /** Type smaller than this on screen, in pixels, is shown as bars. */
    public static final double GREEK_BELOW = 3.0;

    private static final Color MISSING = Color.gray(0.8);
    /** A character no face has: red, as the canvas marks overset. */
    static final Color MISSING_GLYPH = Color.rgb(220, 0, 0);
    private static final Color MISSING_GLYPH_FILL = Color.rgb(220, 0, 0, 0.25);
    private static final Color PENDING = Color.gray(0.93);
    /** Screen images of placed PDF renderings, dropped with the rendering. */
    private static final Map<AdRaster.Raster, Image> AD_IMAGES = new WeakHashMap<>();

    /** One-character strings of the Basic Multilingual Plane, made once: a page draws ten thousand a paint. */
    private static final String[] CHARS = new String[0x10000];

    private final GraphicsContext gc;
    private final ScreenTransform at;
    private final double visibleWidth;
    private final double visibleHeight;
    private final Runnable whenAdReady;

    /** Draws everything, wherever it falls. */
    public FxPainter(GraphicsContext gc, ScreenTransform transform) {
        this(gc, transform, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * Skips lines outside (0, 0)–(visibleWidth, visibleHeight) pixels, so a
     * page at 800 % costs no more than the part of it on the screen.
     */
    public FxPainter(GraphicsContext gc, ScreenTransform transform, double visibleWidth, double visibleHeight) {
        this(gc, transform, visibleWidth, visibleHeight, () -> { });
    }

    /**
     * As above; {@code whenAdReady} is called (on a background thread) when a placed PDF or a
     * photo this painter could not show yet has been rendered or decoded, so the caller can draw again.
     */
    public FxPainter(GraphicsContext gc, ScreenTransform transform, double visibleWidth, double visibleHeight,
                     Runnable whenAdReady) {
        this.whenAdReady = whenAdReady;
        this.gc = gc;
        this.at = transform;
        this.visibleWidth = visibleWidth;
        this.visibleHeight = visibleHeight;
    }

    /** True when no part of the run's line can be on the screen. */
    private boolean offScreen(LineBox line, GlyphRun run, double px) {
        double y = at.y(line.baseline());
        if (y + px < 0 || y - 1.2 * px > visibleHeight) return true;
        double x0 = at.x(line.x() + run.xs()[0]);
        double x1 = at.x(line.x() + run.end());
        return x1 + px < 0 || x0 - px > visibleWidth;
    }

    @Override
    public void beginPage(PageLayout page) {
        gc.setFill(Color.WHITE);
        gc.fillRect(at.x(0), at.y(0), at.length(page.width()), at.length(page.height()));
    }

    @Override
    public void glyphs(LineBox line, GlyphRun run) {
        if (run.length() == 0) return;
        if (line.vertical()) {
            verticalGlyphs(line, run);
            return;
        }
        double px = at.length(run.size());
        if (offScreen(line, run, px)) return;
        gc.setFill(ScreenColors.of(run.color()));
        if (px < GREEK_BELOW) {
            double x0 = at.x(line.x() + run.xs()[0]);
            double x1 = at.x(line.x() + run.end());
            double h = Math.max(0.5, px * 0.6 * run.verticalScale() / 100);
            gc.setGlobalAlpha(0.45);
            gc.fillRect(x0, at.y(line.baseline()) - h, Math.max(0.5, x1 - x0), h);
            gc.setGlobalAlpha(1);
            if (hasMissing(run)) {
                for (int i = 0; i < run.length(); i++) {
                    if (run.glyphs()[i] == 0 && !InvisibleCharacters.isInvisible(run.text().codePointAt(
                            run.text().offsetByCodePoints(0, i)))) markMissing(line, run, i, px);
                }
            }
            return;
        }
        gc.setFont(FxFonts.of(run.face(), px));
        double y = at.y(line.baseline());
        FontFace face = run.face();
        int[] glyphs = run.glyphs();
        String text = run.text();
        int i = 0;
        for (int offset = 0; offset < text.length(); i++) {
            int cp = text.codePointAt(offset);
            int next = offset + Character.charCount(cp);
            int glyph = glyphs[i];
            double x = at.x(line.x() + run.xs()[i]);
            if (Character.isWhitespace(cp) || InvisibleCharacters.isInvisible(cp)) {
                // nothing to show, as in the PDF
            } else if (glyph == 0) {
                markMissing(line, run, i, px);
                gc.setFill(ScreenColors.of(run.color()));
            } else if (run.scaled()) {
                // 长体/扁体: the same outline, scaled about its origin on the baseline as the PDF's text matrix does
                gc.save();
                gc.translate(x, y);
                gc.scale(run.horizontalScale() / 100.0, run.verticalScale() / 100.0);
                if (face.glyphId(cp) == glyph) gc.fillText(character(text, offset, next), 0, 0);
                else GlyphOutlines.fill(gc, face, glyph, 0, 0, px);
                gc.restore();
            } else if (face.glyphId(cp) == glyph) {
                // the face file loaded into JavaFX maps the character to this very glyph; Han text set
                // at its natural pitch goes as one string, which JavaFX places glyph for glyph where
                // the composer did (pixel for pixel the same, see FxPainterTest), in one call, not one a glyph
                int end = naturalPitch(face, run, i, offset);
                if (end > i + 1) {
                    gc.fillText(text.substring(offset, offset + end - i), x, y);
                    offset += end - i;
                    i = end - 1;
                    continue;
                }
                gc.fillText(character(text, offset, next), x, y);
            } else {
                GlyphOutlines.fill(gc, face, glyph, x, y, px);
            }
            offset = next;
        }
    }

    /**
     * The end (glyph index, exclusive) of the glyphs from {@code i} that JavaFX would place as the
     * composer did when given as one string: Han characters, kana, CJK and full-width punctuation
     * (one UTF-16 unit each, no kerning or shaping in JavaFX), each shown by its own glyph of the
     * face, the next one starting exactly one advance on (no justification, tracking or
     * punctuation compression between them).
     */
    static int naturalPitch(FontFace face, GlyphRun run, int i, int offset) {
        int[] glyphs = run.glyphs(), xs = run.xs();
        String text = run.text();
        int k = i;
        while (k < glyphs.length && offset + (k - i) < text.length()) {
            char c = text.charAt(offset + (k - i));
            if (!plainCjk(c) || glyphs[k] == 0 || face.glyphId(c) != glyphs[k]) break;
            if (k > i && xs[k] - xs[k - 1] != face.advance(glyphs[k - 1], run.size())) break;
            k++;
        }
        return Math.max(k, i + 1);
    }

    /** Characters JavaFX lays out one glyph each at the font's advance. */
    private static boolean plainCjk(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0x3001 && c <= 0x30FF
                || c >= 0xFF01 && c <= 0xFF5E || c >= 0xF900 && c <= 0xFAFF;
    }

    private static String character(String text, int from, int to) {
        return to == from + 1 ? bmp(text.charAt(from)) : text.substring(from, to);
    }

    private static String bmp(char c) {
        String s = CHARS[c];
        if (s == null) CHARS[c] = s = String.valueOf(c);
        return s;
    }

    /** A run of a vertical line, placed by {@link VerticalGlyphs}. */
    private void verticalGlyphs(LineBox line, GlyphRun run) {
        double px = at.length(run.size());
        double axis = at.x(line.baseline());
        double top = at.y(line.x() + run.xs()[0]), bottom = at.y(line.x() + run.end());
        if (axis + px < 0 || axis - px > visibleWidth || bottom + px < 0 || top - px > visibleHeight) return;
        gc.setFill(ScreenColors.of(run.color()));
        if (px < GREEK_BELOW) {
            double w = Math.max(0.5, px * 0.6);
            gc.setGlobalAlpha(0.45);
            gc.fillRect(axis - w / 2, top, w, Math.max(0.5, bottom - top));
            gc.setGlobalAlpha(1);
            return;
        }
        gc.setFont(FxFonts.of(run.face(), px));
        String text = run.text();
        int[] glyphs = run.glyphs();
        switch (run.orientation()) {
            case ROTATED -> {
                gc.save();
                gc.translate(at.x((int) Math.round(VerticalGlyphs.rotatedBaselineX(line, run))), top);
                gc.rotate(90);
                for (int i = 0, off = 0; i < glyphs.length; i++) {
                    int cp = text.codePointAt(off);
                    drawGlyph(run.face(), glyphs[i], cp, at.length(run.xs()[i] - run.xs()[0]), 0, px, true);
                    off += Character.charCount(cp);
                }
                gc.restore();
            }
            case COMBINED -> {
                gc.save();
                gc.translate(at.x((int) Math.round(VerticalGlyphs.combinedX(line, run))),
                        at.y((int) Math.round(VerticalGlyphs.combinedY(line, run))));
                gc.scale(VerticalGlyphs.combinedScale(run), 1);
                double pen = 0;
                for (int i = 0, off = 0; i < glyphs.length; i++) {
                    int cp = text.codePointAt(off);
                    drawGlyph(run.face(), glyphs[i], cp, pen, 0, px, true);
                    pen += at.length(run.face().advance(glyphs[i], run.size()));
                    off += Character.charCount(cp);
                }
                gc.restore();
            }
            default -> {
                for (int i = 0, off = 0; i < glyphs.length; i++) {
                    int cp = text.codePointAt(off);
                    drawGlyph(run.face(), glyphs[i], cp, at.x((int) Math.round(VerticalGlyphs.uprightX(line, run, i))),
                            at.y((int) Math.round(VerticalGlyphs.uprightY(line, run, i))), px, false);
                    off += Character.charCount(cp);
                }
            }
        }
    }

    /**
     * One glyph with its pen at (x, y) pixels: the character when JavaFX maps it to this glyph, else
     * (or when {@code outline}: under a turned or narrowed transform, where JavaFX's hinted text
     * breaks up) its outline.
     */
    private void drawGlyph(FontFace face, int glyph, int cp, double x, double y, double px, boolean outline) {
        if (glyph == 0 || Character.isWhitespace(cp) || InvisibleCharacters.isInvisible(cp)) return;
        if (!outline && face.glyphId(cp) == glyph) gc.fillText(cp < CHARS.length ? bmp((char) cp) : Character.toString(cp), x, y);
        else GlyphOutlines.fill(gc, face, glyph, x, y, px);
    }

    /**
     * Glyphs a run sets at glyph 0 (a character no face has): the PDF leaves them out and
     * preflight reports them; the screen marks their place in red.
     */
    private boolean hasMissing(GlyphRun run) {
        for (int g : run.glyphs()) if (g == 0) return true;
        return false;
    }

    /** A red box over glyph {@code i}'s place: the em box from the baseline up, as wide as its advance. */
    private void markMissing(LineBox line, GlyphRun run, int i, double px) {
        double x = at.x(line.x() + run.xs()[i]);
        double w = Math.max(2, at.length(Math.max(run.advances()[i], run.size() / 2)));
        double h = Math.max(2, px);
        double top = at.y(line.baseline()) - px * 0.88;
        gc.setFill(MISSING_GLYPH_FILL);
        gc.fillRect(x, top, w, h);
        gc.setStroke(MISSING_GLYPH);
        gc.setLineWidth(Math.max(1, px / 16));
        gc.strokeRect(x, top, w, h);
        gc.strokeLine(x, top, x + w, top + h);
        gc.strokeLine(x + w, top, x, top + h);
    }

    @Override
    public void rule(RuleMark rule) {
        gc.setStroke(ScreenColors.of(rule.color()));
        gc.setLineWidth(Math.max(0.5, at.length(rule.weight())));
        gc.setLineCap(StrokeLineCap.BUTT);
        dashes(rule.stroke(), rule.weight());
        gc.strokeLine(at.x(rule.x1()), at.y(rule.y1()), at.x(rule.x2()), at.y(rule.y2()));
        gc.setLineDashes((double[]) null);
        gc.setLineCap(StrokeLineCap.BUTT);
    }

    /** Dashes of four weights with gaps of three, or round dots two weights apart, as in the PDF. */
    private void dashes(StrokeStyle style, int weight) {
        if (style == StrokeStyle.DASHED) {
            gc.setLineDashes(Math.max(2, at.length(4 * weight)), Math.max(1.5, at.length(3 * weight)));
        } else if (style == StrokeStyle.DOTTED) {
            // a zero-length dash with round caps
            gc.setLineCap(StrokeLineCap.ROUND);
            gc.setLineDashes(0.001, Math.max(1, at.length(2 * weight)));
        }
    }

    @Override
    public void path(PathMark path) {
        gc.beginPath();
        for (PathMark.Segment s : path.segments()) {
            if (s instanceof PathMark.Move m) gc.moveTo(at.x(m.x()), at.y(m.y()));
            else if (s instanceof PathMark.Line l) gc.lineTo(at.x(l.x()), at.y(l.y()));
            else if (s instanceof PathMark.Curve c) {
                gc.bezierCurveTo(at.x(c.x1()), at.y(c.y1()), at.x(c.x2()), at.y(c.y2()), at.x(c.x()), at.y(c.y()));
            } else gc.closePath();
        }
        if (path.fill() != null) {
            gc.setFill(ScreenColors.of(path.fill()));
            gc.setFillRule(javafx.scene.shape.FillRule.NON_ZERO);
            gc.fill();
        }
        if (path.stroke() != null && path.weight() > 0) {
            gc.setStroke(ScreenColors.of(path.stroke()));
            gc.setLineWidth(Math.max(0.5, at.length(path.weight())));
            gc.setLineCap(StrokeLineCap.BUTT);
            gc.setLineJoin(javafx.scene.shape.StrokeLineJoin.MITER);
            dashes(path.style(), path.weight());
            gc.stroke();
            gc.setLineDashes((double[]) null);
            gc.setLineCap(StrokeLineCap.BUTT);
        }
    }

    @Override
    public void box(BoxMark box) {
        Rect r = box.rect();
        double x = at.x(r.x()), y = at.y(r.y()), w = at.length(r.width()), h = at.length(r.height());
        if (box.fill() != null) {
            gc.setFill(ScreenColors.of(box.fill()));
            gc.fillRect(x, y, w, h);
        }
        if (box.stroke() != null && box.weight() > 0) {
            gc.setStroke(ScreenColors.of(box.stroke()));
            gc.setLineWidth(Math.max(0.5, at.length(box.weight())));
            gc.strokeRect(x, y, w, h);
        }
    }

    /**
     * The photo decoded for the screen (off this thread, see {@link ScreenImages}); while the
     * first decoding is under way a light box, and the missing-image cross when the file is unusable.
     */
    @Override
    public void image(ImageMark mark) {
        Rect clip = mark.clip();
        double cx = at.x(clip.x()), cy = at.y(clip.y()), cw = at.length(clip.width()), ch = at.length(clip.height());
        if (cx > visibleWidth || cy > visibleHeight || cx + cw < 0 || cy + ch < 0) return;
        ScreenImages.Shown shown = ScreenImages.get(mark.file(), whenAdReady);
        Image img = shown.image();
        if (img == null) {
            if (shown.state() == ScreenImages.State.PENDING) {
                gc.setFill(PENDING);
                gc.fillRect(cx, cy, cw, ch);
            } else {
                drawMissing(cx, cy, cw, ch);
            }
            return;
        }
        Rect p = mark.placement();
        double px = at.x(p.x()), py = at.y(p.y()), pw = at.length(p.width()), ph = at.length(p.height());
        if (mark.rotation() == 0) {
            drawCropped(img, px, py, pw, ph, cx, cy, cw, ch);
            return;
        }
        gc.save();
        clipToWholePixels(cx, cy, cw, ch);
        // turned about the placement's centre; a quarter turn draws the file's width down the page
        boolean turned = (mark.rotation() & 1) == 1;
        double iw = turned ? ph : pw, ih = turned ? pw : ph;
        gc.translate(px + pw / 2, py + ph / 2);
        gc.rotate(90.0 * mark.rotation());
        gc.drawImage(img, -iw / 2, -ih / 2, iw, ih);
        gc.restore();
    }

    /**
     * Draws the part of {@code img} (placed at px, py, pw × ph) that falls in the crop box (cx, cy,
     * cw × ch) as a source rectangle instead of under a clip: JavaFX's canvas masks every call under
     * a clip that is not a whole-pixel rectangle through canvas-sized buffers on the render thread.
     */
    private void drawCropped(Image img, double px, double py, double pw, double ph,
                             double cx, double cy, double cw, double ch) {
        double x0 = Math.max(px, cx), y0 = Math.max(py, cy);
        double x1 = Math.min(px + pw, cx + cw), y1 = Math.min(py + ph, cy + ch);
        if (x1 <= x0 || y1 <= y0 || pw <= 0 || ph <= 0) return;
        double sx = img.getWidth() / pw, sy = img.getHeight() / ph;
        gc.drawImage(img, (x0 - px) * sx, (y0 - py) * sy, (x1 - x0) * sx, (y1 - y0) * sy, x0, y0, x1 - x0, y1 - y0);
    }

    /** A clip to the crop box rounded to whole pixels, which JavaFX's canvas applies without a mask. */
    private void clipToWholePixels(double x, double y, double w, double h) {
        double x0 = Math.round(x), y0 = Math.round(y);
        gc.beginPath();
        // rect() closes the path itself: a second closePath would hide that it is a rectangle
        gc.rect(x0, y0, Math.round(x + w) - x0, Math.round(y + h) - y0);
        gc.clip();
    }

    /**
     * The placed page as PDFBox renders it (off this thread, see {@link AdRaster}); while the
     * first rendering is under way a light box, and the missing-image cross when the file is unusable.
     */
    @Override
    public void placedPdf(PlacedPdfMark mark) {
        Rect frame = mark.frame();
        double fx = at.x(frame.x()), fy = at.y(frame.y()), fw = at.length(frame.width()), fh = at.length(frame.height());
        if (fx > visibleWidth || fy > visibleHeight || fx + fw < 0 || fy + fh < 0) return;
        AdRaster.Preview preview = AdRaster.get(mark.file(), mark.page(), Math.max(fw, fh) * 1.1, whenAdReady);
        if (preview.raster() == null) {
            if (preview.state() == AdRaster.State.FAILED) {
                drawMissing(fx, fy, fw, fh);
            } else {
                gc.setFill(PENDING);
                gc.fillRect(fx, fy, fw, fh);
            }
            return;
        }
        AdRaster.Raster r = preview.raster();
        Image img = fxImage(r);
        PlacedFit fit = PlacedFit.of(frame, r.trim());
        double left = fit.x(r.crop().x()), top = fit.y(r.crop().top());
        drawCropped(img, at.x((int) Math.round(left)), at.y((int) Math.round(top)),
                at.length((int) Math.round(r.crop().width() * fit.scale())),
                at.length((int) Math.round(r.crop().height() * fit.scale())), fx, fy, fw, fh);
    }

    private static Image fxImage(AdRaster.Raster r) {
        synchronized (AD_IMAGES) {
            return AD_IMAGES.computeIfAbsent(r, k -> {
                WritableImage img = new WritableImage(k.width(), k.height());
                img.getPixelWriter().setPixels(0, 0, k.width(), k.height(), PixelFormat.getIntArgbInstance(),
                        k.argb(), 0, k.width());
                return img;
            });
        }
    }

    @Override
    public void endPage() {
        // nothing buffered
    }

    private void drawMissing(double x, double y, double w, double h) {
        gc.setFill(MISSING);
        gc.fillRect(x, y, w, h);
        gc.setStroke(Color.gray(0.45));
        gc.setLineWidth(1);
        gc.strokeRect(x, y, w, h);
        gc.strokeLine(x, y, x + w, y + h);
        gc.strokeLine(x + w, y, x, y + h);
    }

    /**
     * Completes when every photo decoding started so far has landed: painting again then
     * shows them (tests; pictures that must be complete, such as a screenshot).
     */
    public static java.util.concurrent.CompletableFuture<Void> imagesLoaded() {
        return ScreenImages.idle();
    }

    /** Forgets every decoded photo, so the next paint reads the files again (the 刷新 button). */
    public static void forgetImages() {
        ScreenImages.forget();
    }
}
