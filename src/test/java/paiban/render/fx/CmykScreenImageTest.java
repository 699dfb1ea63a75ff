package paiban.render.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import paiban.layout.ImageMark;
import paiban.layout.PageLayout;
import paiban.model.Rect;
import paiban.render.LayoutWalker;
import paiban.render.image.CmykJpegFiles;
import paiban.render.image.CmykJpegFiles.Variant;

/** CMYK photos on the canvas: drawn as the press prints their inks (soft proof), not as the grey missing-image box. */
@ExtendWith(ApplicationExtension.class)
class CmykScreenImageTest {
    static final int PT = 1000;

    @TempDir Path tmp;

    @Start
    void start(Stage s) {
        // the toolkit is all these tests need
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void aCmykJpegShowsItsInks(Variant v) throws Exception {
        // seven 16 px patches, drawn one point per pixel at (0, 0)
        Path file = CmykJpegFiles.write(tmp.resolve(v + ".jpg"), CmykJpegFiles.PATCHES, v, 1);
        Rect r = new Rect(0, 0, 112 * PT, 16 * PT);
        PageLayout page = new PageLayout("p", 1, "", 112 * PT, 16 * PT, List.of(new ImageMark("i", file, r, r)), List.of());
        PixelReader px = paint(page, 112, 16);
        // a soft proof through the newsprint profile: press inks on newsprint, relative to its paper white
        Color c = px.getColor(8, 8), m = px.getColor(24, 8), y = px.getColor(40, 8), k = px.getColor(56, 8);
        assertTrue(c.getRed() < 0.25 && c.getGreen() > 0.6 && c.getGreen() < 0.9 && c.getBlue() > 0.85, "C100: " + c);
        assertTrue(m.getRed() > 0.85 && m.getGreen() < 0.6 && m.getBlue() > 0.5 && m.getBlue() < 0.8, "M100: " + m);
        assertTrue(y.getRed() > 0.9 && y.getGreen() > 0.85 && y.getBlue() < 0.6, "Y100: " + y);
        assertTrue(k.getBrightness() > 0.3 && k.getBrightness() < 0.55 && k.getSaturation() < 0.15,
                "K100 on newsprint is a dark grey, not the screen's black: " + k);
        assertColour(Color.WHITE, px.getColor(72, 8), "paper");
        Color brown = px.getColor(88, 8);
        assertTrue(brown.getRed() > brown.getGreen() && brown.getGreen() > brown.getBlue() && brown.getBrightness() < 0.85,
                "C20 M40 Y60 K10 is a brown: " + brown);
    }

    @org.junit.jupiter.api.Test
    void aCmykJpegWithItsOwnProfileShowsAsThePressPrintsItsInks() throws Exception {
        byte[] profile;
        try (var in = getClass().getResourceAsStream("/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc")) {
            profile = in.readAllBytes();
        }
        Path file = java.nio.file.Files.write(tmp.resolve("profiled.jpg"), CmykJpegFiles.withIccProfile(
                CmykJpegFiles.patches(CmykJpegFiles.PATCHES, Variant.ADOBE_CMYK, 1), profile, 60000));
        Rect r = new Rect(0, 0, 112 * PT, 16 * PT);
        PageLayout page = new PageLayout("p", 1, "", 112 * PT, 16 * PT, List.of(new ImageMark("i", file, r, r)), List.of());
        PixelReader px = paint(page, 112, 16);
        Color cyan = px.getColor(8, 8);
        assertTrue(cyan.getRed() < 0.25 && cyan.getGreen() > 0.45 && cyan.getGreen() < 0.85 && cyan.getBlue() > 0.7,
                "a press cyan, duller than the screen's: " + cyan);
    }

    @org.junit.jupiter.api.Test
    void aReplacedPhotoIsReadAgain() throws Exception {
        Path file = CmykJpegFiles.write(tmp.resolve("replaced.jpg"), CmykJpegFiles.PATCHES, Variant.PLAIN, 1);
        Color before = drawFirstPatch(file);
        assertTrue(before.getBlue() > 0.8 && before.getRed() < 0.3, "before: cyan " + before);
        int[][] magentaFirst = {{0, 100, 0, 0}};
        CmykJpegFiles.write(file, magentaFirst, Variant.PLAIN, 7);
        java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                java.nio.file.Files.getLastModifiedTime(file).toMillis() + 5000));
        Color after = drawFirstPatch(file);
        assertTrue(after.getRed() > 0.8 && after.getGreen() < 0.6, "after the desk replaced it: magenta " + after);
    }

    private static Color drawFirstPatch(Path file) throws Exception {
        Rect r = new Rect(0, 0, 16 * PT, 16 * PT), placed = new Rect(0, 0, 112 * PT, 16 * PT);
        PageLayout page = new PageLayout("p", 1, "", 16 * PT, 16 * PT, List.of(new ImageMark("i", file, r, placed)), List.of());
        return paint(page, 16, 16).getColor(8, 8);
    }

    /** The page painted once the photos it shows have been decoded (off the FX thread). */
    static PixelReader paint(PageLayout page, int w, int h) throws Exception {
        ScreenTransform at = new ScreenTransform(0.001, 0, 0);
        WaitForAsyncUtils.asyncFx(() -> LayoutWalker.walk(page, new FxPainter(new Canvas(w, h).getGraphicsContext2D(), at))).get();
        FxPainter.imagesLoaded().get(60, java.util.concurrent.TimeUnit.SECONDS);
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas c = new Canvas(w, h);
            LayoutWalker.walk(page, new FxPainter(c.getGraphicsContext2D(), at));
            return c.snapshot(null, null).getPixelReader();
        }).get();
    }

    private static void assertColour(Color want, Color got, String what) {
        double d = Math.abs(want.getRed() - got.getRed()) + Math.abs(want.getGreen() - got.getGreen())
                + Math.abs(want.getBlue() - got.getBlue());
        assertTrue(d < 0.12, what + ": want " + want + ", got " + got);
        assertEquals(1.0, got.getOpacity());
    }
}
