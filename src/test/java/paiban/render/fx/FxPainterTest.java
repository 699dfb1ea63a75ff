package paiban.render.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.font.FontFace;
import paiban.font.FontLibrary;
import paiban.layout.BoxMark;
import paiban.layout.GlyphRun;
import paiban.layout.ImageMark;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.RuleMark;
import paiban.model.Rect;
import paiban.model.style.Cmyk;
import paiban.render.LayoutWalker;

/** Draws hand-made layouts and looks at the pixels. */
@ExtendWith(ApplicationExtension.class)
class FxPainterTest {
    static final int PT = 1000;
    /** One pixel per point. */
    static final ScreenTransform ONE = new ScreenTransform(0.001, 0, 0);

    @Start
    void start(Stage s) {
        // the toolkit is all these tests need
    }

    private static PixelReader draw(List<Mark> marks, int w, int h) throws Exception {
        PageLayout page = new PageLayout("p", 1, "第一版", w * PT, h * PT, marks, List.of());
        // photos are decoded off the FX thread: a first paint starts them, the second shows them
        WaitForAsyncUtils.asyncFx(() -> LayoutWalker.walk(page, new FxPainter(new Canvas(w, h).getGraphicsContext2D(), ONE))).get();
        FxPainter.imagesLoaded().get(60, java.util.concurrent.TimeUnit.SECONDS);
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas c = new Canvas(w, h);
            LayoutWalker.walk(page, new FxPainter(c.getGraphicsContext2D(), ONE));
            return c.snapshot(null, null).getPixelReader();
        }).get();
    }

    private static GlyphRun run(FontFace face, String text, int size, Cmyk color) {
        int n = text.codePointCount(0, text.length());
        int[] gids = new int[n], xs = new int[n], adv = new int[n], src = new int[n];
        int x = 0;
        for (int i = 0, off = 0; i < n; i++) {
            int cp = text.codePointAt(off);
            gids[i] = face.glyphId(cp);
            adv[i] = face.advance(gids[i], size);
            xs[i] = x;
            x += adv[i];
            src[i] = off;
            off += Character.charCount(cp);
        }
        return new GlyphRun(face, size, color, gids, xs, adv, text, src);
    }

    /** Darkest pixel in a box: ink shows as dark, paper as white. */
    private static double darkest(PixelReader px, int x0, int y0, int x1, int y1) {
        double min = 1;
        for (int x = x0; x < x1; x++) for (int y = y0; y < y1; y++) min = Math.min(min, px.getColor(x, y).getBrightness());
        return min;
    }

    @Test
    void chineseGlyphsAreDrawnWhereTheLayoutPutsThem() throws Exception {
        FontFace serif = FontLibrary.shared().face(FontLibrary.SERIF);
        GlyphRun r = run(serif, "排版", 40 * PT, Cmyk.BLACK);
        // the second glyph is placed 100 pt right of the first: the painter must not close the gap
        GlyphRun spaced = new GlyphRun(r.face(), r.size(), r.color(), r.glyphs(), new int[] {0, 100 * PT},
                r.advances(), r.text(), r.sources());
        LineBox line = new LineBox(10 * PT, 60 * PT, 200 * PT, List.of(spaced), "s", 0, 0, 2);
        PixelReader px = draw(List.of(line), 220, 80);
        assertTrue(darkest(px, 12, 25, 48, 60) < 0.3, "排 at x 10–50");
        assertTrue(darkest(px, 112, 25, 148, 60) < 0.3, "版 at x 110–150");
        assertEquals(1.0, darkest(px, 55, 20, 105, 78), 0.02, "nothing between them");
    }

    @Test
    void hanTextAtItsNaturalPitchDrawnAsOneStringLandsOnEveryGlyphsPixels() throws Exception {
        FontFace serif = FontLibrary.shared().face(FontLibrary.SERIF);
        // natural pitch (one string), then a gap and justified spacing, a Latin word, punctuation drawn narrow
        GlyphRun natural = run(serif, "滨江两岸四十二公里岸线，今日全线贯通。", 9300, Cmyk.BLACK);
        int[] xs = natural.xs().clone();
        for (int i = 12; i < xs.length; i++) xs[i] += (i - 11) * 700;
        GlyphRun mixed = new GlyphRun(serif, 9300, Cmyk.BLACK, natural.glyphs(), xs, natural.advances(), natural.text(),
                natural.sources());
        GlyphRun latin = run(serif, "Paiban 排版 2026", 9300, Cmyk.BLACK);
        int w = 260, h = 60;
        PixelReader drawn = draw(List.of(new LineBox(3_370, 20 * PT, 240 * PT, List.of(mixed), "s", 0, 0, xs.length),
                new LineBox(3_370, 45 * PT, 240 * PT, List.of(latin), "s", 1, 0, latin.length())), w, h);
        // the reference: every glyph by itself where the layout puts it
        PixelReader reference = WaitForAsyncUtils.asyncFx(() -> {
            Canvas c = new Canvas(w, h);
            var gc = c.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, w, h);
            gc.setFill(Color.BLACK);
            gc.setFont(FxFonts.of(serif, 9.3));
            for (var line : List.of(new Object[] {mixed, 20}, new Object[] {latin, 45})) {
                GlyphRun r = (GlyphRun) line[0];
                for (int i = 0; i < r.length(); i++) {
                    String ch = r.text().substring(r.sources()[i], r.sources()[i] + 1);
                    if (!ch.isBlank()) gc.fillText(ch, 3.37 + r.xs()[i] / 1000.0, (int) line[1]);
                }
            }
            return c.snapshot(null, null).getPixelReader();
        }).get();
        int differ = 0;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) if (drawn.getArgb(x, y) != reference.getArgb(x, y)) differ++;
        assertEquals(0, differ, "pixels that differ from drawing each glyph by itself");
        assertEquals(12, FxPainter.naturalPitch(serif, mixed, 0, 0), "one string up to the first spaced glyph");
        assertEquals(1, FxPainter.naturalPitch(serif, latin, 0, 0), "Latin glyph by glyph");
    }

    @Test
    void colouredTextUsesTheScreenColourOfItsInks() throws Exception {
        FontFace sans = FontLibrary.shared().face(FontLibrary.SANS_BOLD);
        LineBox line = new LineBox(5 * PT, 60 * PT, 80 * PT, List.of(run(sans, "国", 60 * PT, Cmyk.RED)), "s", 0, 0, 1);
        PixelReader px = draw(List.of(line), 80, 80);
        boolean red = false;
        for (int x = 5; x < 65 && !red; x++) for (int y = 10; y < 60 && !red; y++) {
            Color c = px.getColor(x, y);
            red = c.getRed() > 0.9 && c.getGreen() < 0.1 && c.getBlue() < 0.1;
        }
        assertTrue(red, "a red pixel in 国");
    }

    @Test
    void aCharacterNoFaceHasIsMarkedRedAndNotDrawnFromAnotherFont() throws Exception {
        FontFace serif = FontLibrary.shared().face(FontLibrary.SERIF);
        GlyphRun r = run(serif, "中\uD83D\uDE00", 40 * PT, Cmyk.BLACK);
        assertEquals(0, r.glyphs()[1], "no shipped face has 😀");
        PixelReader px = draw(List.of(new LineBox(10 * PT, 60 * PT, 200 * PT, List.of(r), "s", 0, 0, 3)), 120, 80);
        assertTrue(darkest(px, 12, 25, 48, 60) < 0.3, "中 drawn");
        int x0 = 10 + r.xs()[1] / PT;
        int reds = 0, dark = 0;
        for (int x = x0; x < x0 + r.advances()[1] / PT; x++) for (int y = 26; y < 64; y++) {
            Color c = px.getColor(x, y);
            if (c.getRed() > 0.7 && c.getGreen() < 0.3 && c.getBlue() < 0.3) reds++;
            if (c.getBrightness() < 0.3) dark++;
        }
        assertTrue(reds > 40, "a red mark where 😀 is: " + reds);
        assertEquals(0, dark, "no black glyph there");
    }

    @Test
    void aGlyphItsCharacterDoesNotReachIsDrawnFromItsOutline() throws Exception {
        FontFace serif = FontLibrary.shared().face(FontLibrary.SERIF);
        GlyphRun three = run(serif, "三", 40 * PT, Cmyk.BLACK);
        GlyphRun one = run(serif, "一", 40 * PT, Cmyk.BLACK);
        // 一 carried by 三's glyph, as a composer's alternate form would be: the screen must show 三
        GlyphRun alternate = new GlyphRun(serif, three.size(), three.color(), three.glyphs(), three.xs(), three.advances(),
                "一", three.sources());
        PixelReader byText = draw(List.of(new LineBox(10 * PT, 60 * PT, 60 * PT, List.of(three), "s", 0, 0, 1)), 60, 80);
        PixelReader byOutline = draw(List.of(new LineBox(10 * PT, 60 * PT, 60 * PT, List.of(alternate), "s", 0, 0, 1)), 60, 80);
        PixelReader plainOne = draw(List.of(new LineBox(10 * PT, 60 * PT, 60 * PT, List.of(one), "s", 0, 0, 1)), 60, 80);
        double same = 0, other = 0;
        for (int x = 0; x < 60; x++) for (int y = 0; y < 80; y++) {
            same += Math.abs(byText.getColor(x, y).getBrightness() - byOutline.getColor(x, y).getBrightness());
            other += Math.abs(byText.getColor(x, y).getBrightness() - plainOne.getColor(x, y).getBrightness());
        }
        assertTrue(same < other / 5, "the outline of 三 looks like 三 (" + same + ") and not like 一 (" + other + ")");
    }

    @Test
    void rulesAndBoxes() throws Exception {
        PixelReader px = draw(List.of(
                new RuleMark(10 * PT, 20 * PT, 90 * PT, 20 * PT, 2 * PT, Cmyk.BLACK, false),
                new BoxMark(new Rect(10 * PT, 40 * PT, 30 * PT, 20 * PT), new Cmyk(100, 0, 0, 0), null, 0)), 100, 70);
        assertEquals(Color.BLACK, px.getColor(50, 20));
        assertEquals(Color.WHITE, px.getColor(50, 25));
        assertEquals(Color.color(0, 1, 1), px.getColor(25, 50));
        assertEquals(Color.WHITE, px.getColor(45, 50));
    }

    @Test
    void aDottedRuleIsRoundDotsTwoWeightsApart() throws Exception {
        // 4 pt dots every 8 pt along y = 20 (one pixel per point): dark at the dots, white half-way between
        PixelReader px = draw(List.of(new RuleMark(10 * PT, 20 * PT, 90 * PT, 20 * PT, 4 * PT, Cmyk.BLACK,
                paiban.layout.StrokeStyle.DOTTED)), 100, 40);
        int dark = 0, light = 0;
        for (int x = 12; x < 88; x++) {
            double b = px.getColor(x, 20).getBrightness();
            if (b < 0.3) dark++;
            if (b > 0.9) light++;
        }
        assertTrue(dark > 15 && light > 15, "dots and gaps along the rule: " + dark + " dark, " + light + " light");
        assertTrue(px.getColor(10, 20).getBrightness() < 0.3, "a dot at the start");
        assertEquals(Color.WHITE, px.getColor(14, 20), "the first gap");
    }

    @Test
    void aMissingImageIsAGreyBoxWithACross() throws Exception {
        PixelReader px = draw(List.of(new ImageMark("i", Path.of("/no/such/photo.jpg"),
                new Rect(10 * PT, 10 * PT, 40 * PT, 40 * PT), new Rect(10 * PT, 10 * PT, 40 * PT, 40 * PT))), 60, 60);
        assertEquals(Color.gray(0.8), px.getColor(20, 12));
        assertTrue(px.getColor(30, 30).getBrightness() < 0.7, "the cross passes the middle");
        assertEquals(Color.WHITE, px.getColor(55, 55));
    }

    @Test
    void smallTextIsGreyedNotDrawn() throws Exception {
        FontFace serif = FontLibrary.shared().face(FontLibrary.SERIF);
        // 9 pt at a tenth of a pixel per point is under a pixel: a bar stands for the line
        LineBox line = new LineBox(0, 9 * PT, 100 * PT, List.of(run(serif, "这是一行很小的字", 9 * PT, Cmyk.BLACK)), "s", 0, 0, 8);
        PageLayout page = new PageLayout("p", 1, "", 100 * PT, 20 * PT, List.of(line), List.of());
        PixelReader px = WaitForAsyncUtils.asyncFx(() -> {
            Canvas c = new Canvas(20, 5);
            LayoutWalker.walk(page, new FxPainter(c.getGraphicsContext2D(), new ScreenTransform(0.0001 * 2, 0, 0)));
            return c.snapshot(null, null).getPixelReader();
        }).get();
        assertTrue(px.getColor(5, 1).getBrightness() < 0.95, "a grey bar where the line is");
    }

    @ParameterizedTest
    @CsvSource({"0,0,0,100, 0,0,0", "0,0,0,0, 1,1,1", "0,100,100,0, 1,0,0", "100,0,0,0, 0,1,1", "0,0,0,50, 0.5,0.5,0.5"})
    void cmykToScreen(int c, int m, int y, int k, double r, double g, double b) {
        Color col = ScreenColors.of(new Cmyk(c, m, y, k));
        assertEquals(r, col.getRed(), 1e-9);
        assertEquals(g, col.getGreen(), 1e-9);
        assertEquals(b, col.getBlue(), 1e-9);
    }

    @Test
    void imagesAreScaledToTheirPlacementAndClippedToTheFrame(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // a 40×20 picture: red left half, blue right half
        java.awt.image.BufferedImage bi = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) for (int y = 0; y < 20; y++) bi.setRGB(x, y, x < 20 ? 0xff0000 : 0x0000ff);
        Path file = dir.resolve("photo.png");
        javax.imageio.ImageIO.write(bi, "png", file.toFile());
        // placed 80×40 from x 0, the frame shows only x 10–50
        PixelReader px = draw(List.of(new ImageMark("i", file, new Rect(10 * PT, 10 * PT, 40 * PT, 30 * PT),
                new Rect(0, 10 * PT, 80 * PT, 40 * PT))), 90, 60);
        assertEquals(Color.WHITE, px.getColor(5, 20), "clipped left of the frame");
        // a soft proof: the screen red and blue as newsprint prints them, duller but plainly red and blue
        Color red = px.getColor(20, 20), blue = px.getColor(46, 20);
        assertTrue(red.getRed() > 0.8 && red.getRed() > red.getGreen() + 0.3 && red.getRed() > red.getBlue() + 0.3,
                "red half inside: " + red);
        assertTrue(red.getGreen() > 0.2, "duller than the screen's pure red, as newsprint prints it: " + red);
        assertTrue(blue.getBlue() > 0.5 && blue.getBlue() > blue.getRed() + 0.2, "blue half inside: " + blue);
        assertEquals(Color.WHITE, px.getColor(60, 20), "clipped right of the frame");
        assertEquals(Color.WHITE, px.getColor(20, 45), "clipped below the frame");
    }

    @Test
    void linesOffTheVisibleAreaAreSkipped() throws Exception {
        FontFace serif = FontLibrary.shared().face(FontLibrary.SERIF);
        LineBox line = new LineBox(10 * PT, 60 * PT, 200 * PT, List.of(run(serif, "排版", 40 * PT, Cmyk.BLACK)), "s", 0, 0, 2);
        PageLayout page = new PageLayout("p", 1, "", 120 * PT, 80 * PT, List.of(line), List.of());
        PixelReader px = WaitForAsyncUtils.asyncFx(() -> {
            Canvas c = new Canvas(120, 80);
            // a painter told only the top 10 pixels are visible leaves the line out
            LayoutWalker.walk(page, new FxPainter(c.getGraphicsContext2D(), ONE, 120, 10));
            return c.snapshot(null, null).getPixelReader();
        }).get();
        assertEquals(1.0, darkest(px, 10, 25, 90, 60), 0.02);
        assertTrue(darkest(draw(List.of(line), 120, 80), 10, 25, 90, 60) < 0.3, "and draws it when it is visible");
    }
}
