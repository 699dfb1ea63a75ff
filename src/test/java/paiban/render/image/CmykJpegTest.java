package paiban.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static paiban.render.image.CmykJpegFiles.PATCH;
import static paiban.render.image.CmykJpegFiles.PATCHES;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import paiban.render.image.CmykJpegFiles.Variant;

class CmykJpegTest {
    /** JPEG loss at quality 0.95 in flat 16-pixel patches, in 0–255 steps. */
    static final int TOLERANCE = 6;

    @TempDir Path tmp;

    @ParameterizedTest
    @EnumSource(Variant.class)
    void eachMarkerVariantDecodesToItsInks(Variant v) throws Exception {
        Path file = CmykJpegFiles.write(tmp.resolve(v + ".jpg"), PATCHES, v, 1);
        JpegHeader h = CmykJpeg.probe(file).orElseThrow();
        assertEquals(PATCH * PATCHES.length, h.width());
        assertEquals(PATCH, h.height());
        assertEquals(v != Variant.PLAIN, h.adobe());
        assertEquals(v == Variant.ADOBE_YCCK ? 2 : v == Variant.ADOBE_CMYK ? 0 : -1, h.transform());
        assertEquals(v != Variant.PLAIN, h.inverted());
        CmykImage inks = CmykJpeg.decode(file, h);
        for (int p = 0; p < PATCHES.length; p++) assertPatch(inks, p, PATCHES[p], 1);
    }

    static void assertPatch(CmykImage inks, int patch, int[] percent, int scale) {
        int x = patch * PATCH * scale + PATCH * scale / 2, y = PATCH * scale / 2;
        for (int c = 0; c < 4; c++) {
            int want = Math.round(percent[c] * 255 / 100f), got = inks.ink(x, y, c);
            assertTrue(Math.abs(want - got) <= TOLERANCE,
                    "patch " + patch + " channel " + "CMYK".charAt(c) + ": want " + want + ", got " + got);
        }
    }

    @Test
    void anAdobeMarkerMeansInvertedSamplesEvenWhenAWriterStoredInkUpright() throws Exception {
        // the data cannot tell: with APP14 the file is read as Photoshop writes it, so upright ink reads as its negative
        Path file = Files.write(tmp.resolve("upright-adobe.jpg"),
                CmykJpegFiles.withAdobe(CmykJpegFiles.patches(PATCHES, Variant.PLAIN, 1), 0));
        CmykImage inks = CmykJpeg.decode(file, CmykJpeg.probe(file).orElseThrow());
        assertPatch(inks, 0, new int[] {0, 100, 100, 100}, 1);
        assertPatch(inks, 4, new int[] {100, 100, 100, 100}, 1);
    }

    @Test
    void anIccProfileInTheFileIsNoticedAndDoesNotStopDecoding() throws Exception {
        byte[] jpeg = CmykJpegFiles.withIccProfile(CmykJpegFiles.patches(PATCHES, Variant.ADOBE_CMYK, 1),
                ICC_Profile.getInstance(ColorSpace.CS_GRAY).getData(), 60000);
        Path file = Files.write(tmp.resolve("icc.jpg"), jpeg);
        JpegHeader h = CmykJpeg.probe(file).orElseThrow();
        assertTrue(h.iccProfile());
        CmykImage inks = CmykJpeg.decode(file, h);
        for (int p = 0; p < PATCHES.length; p++) assertPatch(inks, p, PATCHES[p], 1);
    }

    /** A small CMYK press profile (PDFBox's default for DeviceCMYK), as a photo desk's file would embed one. */
    static byte[] pressProfile() throws IOException {
        try (var in = CmykJpegTest.class.getResourceAsStream("/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc")) {
            return in.readAllBytes();
        }
    }

    @Test
    void anEmbeddedProfileIsJoinedFromItsChunks() throws Exception {
        byte[] profile = pressProfile();
        byte[] jpeg = CmykJpegFiles.withIccProfile(CmykJpegFiles.patches(PATCHES, Variant.ADOBE_CMYK, 1), profile, 3000);
        Path file = Files.write(tmp.resolve("chunks.jpg"), jpeg);
        assertTrue(CmykJpeg.probe(file).orElseThrow().iccProfile());
        assertArrayEquals(profile, JpegHeader.iccProfile(file).orElseThrow(), "three chunks, in order");
        assertFalse(JpegHeader.iccProfile(CmykJpegFiles.write(tmp.resolve("none.jpg"), PATCHES, Variant.PLAIN, 1)).isPresent());
    }

    @Test
    void screenColoursFollowTheEmbeddedCmykProfile() throws Exception {
        ICC_Profile press = ICC_Profile.getInstance(pressProfile());
        // C100, K100, paper
        CmykImage img = new CmykImage(3, 1, new byte[] {(byte) 255, 0, 0, 0, 0, 0, 0, (byte) 255, 0, 0, 0, 0});
        int[] argb = img.toArgb(press);
        int cyan = argb[0];
        // a press cyan is no screen cyan: less green, some of it lost to the paper's dullness
        assertTrue((cyan >> 16 & 0xFF) < 60 && (cyan >> 8 & 0xFF) > 120 && (cyan >> 8 & 0xFF) < 210 && (cyan & 0xFF) > 180,
                Integer.toHexString(cyan));
        assertTrue((argb[1] & 0xFF) < 80 && (argb[1] >>> 24) == 0xFF, "K100 dark: " + Integer.toHexString(argb[1]));
        assertTrue((argb[2] & 0xFF) > 230, "paper: " + Integer.toHexString(argb[2]));
        assertArrayEquals(img.toArgb(), img.toArgb(ICC_Profile.getInstance(ColorSpace.CS_sRGB)), "an RGB profile is ignored");
    }

    @Test
    void rgbAndGreyJpegsAreNotCmyk() throws Exception {
        Path rgb = tmp.resolve("rgb.jpg");
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "jpeg", rgb.toFile());
        assertFalse(CmykJpeg.probe(rgb).isPresent());
        assertEquals(3, JpegHeader.read(rgb).orElseThrow().components());
        Path png = tmp.resolve("a.png");
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        assertFalse(JpegHeader.read(png).isPresent());
    }

    @Test
    void aTruncatedHeaderIsAClearError() throws Exception {
        byte[] jpeg = CmykJpegFiles.patches(PATCHES, Variant.ADOBE_CMYK, 1);
        Path file = Files.write(tmp.resolve("cut.jpg"), java.util.Arrays.copyOf(jpeg, 30));
        IOException e = assertThrows(IOException.class, () -> CmykJpeg.probe(file));
        assertTrue(e.getMessage().contains("broken JPEG"), e.getMessage());
    }

    @Test
    void baselineEightBitFilesAreEmbeddable() throws Exception {
        Path file = CmykJpegFiles.write(tmp.resolve("b.jpg"), PATCHES, Variant.ADOBE_YCCK, 1);
        JpegHeader h = CmykJpeg.probe(file).orElseThrow();
        assertEquals(8, h.precision());
        assertTrue(h.embeddable());
        assertFalse(new JpegHeader(10, 10, 4, 12, 0, true, 0, false).embeddable(), "12-bit");
        assertFalse(new JpegHeader(10, 10, 4, 8, 9, true, 0, false).embeddable(), "arithmetic coding");
    }

    @Test
    void subsampledDecodingKeepsTheInks() throws Exception {
        Path file = CmykJpegFiles.write(tmp.resolve("s.jpg"), PATCHES, Variant.ADOBE_CMYK, 4);
        JpegHeader h = CmykJpeg.probe(file).orElseThrow();
        int step = CmykJpeg.stepFor(h, 120);
        assertEquals(4, step, "448 pixels wide to at most 120");
        CmykImage inks = CmykJpeg.decode(file, h, step);
        assertEquals(112, inks.width());
        assertEquals(16, inks.height());
        for (int p = 0; p < PATCHES.length; p++) assertPatch(inks, p, PATCHES[p], 1);
    }

    @Test
    void shrinkingAveragesEachTargetPixelsArea() {
        // 4×2 pixels: left half C 0 and 200 alternating, right half K 255
        byte[] s = new byte[4 * 2 * 4];
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 4; x++) {
                int o = (y * 4 + x) * 4;
                if (x < 2) s[o] = (byte) ((x + y) % 2 == 0 ? 0 : 200);
                else s[o + 3] = (byte) 255;
            }
        }
        CmykImage half = new CmykImage(4, 2, s).scaled(2, 1);
        assertArrayEquals(new byte[] {100, 0, 0, 0, 0, 0, 0, (byte) 255}, half.samples());
    }

    @Test
    void totalInkAndScreenColours() {
        byte[] s = {(byte) 255, 0, 0, 0, 0, 0, 0, (byte) 255, (byte) 153, 102, 102, (byte) 255, 0, 0, 0, 0};
        CmykImage img = new CmykImage(4, 1, s);
        assertEquals(240, img.maxTotalInk());
        int[] argb = img.toArgb();
        assertEquals(0xFF00FFFF, argb[0], "C100 is cyan");
        assertEquals(0xFF000000, argb[1], "K100 is black");
        assertEquals(0xFF000000, argb[2], "rich black is black");
        assertEquals(0xFFFFFFFF, argb[3], "no ink is white");
    }
}
