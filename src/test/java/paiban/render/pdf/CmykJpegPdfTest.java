package paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static paiban.render.image.CmykJpegFiles.PATCH;
import static paiban.render.image.CmykJpegFiles.PATCHES;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import paiban.layout.ImageMark;
import paiban.layout.PageLayout;
import paiban.model.Rect;
import paiban.model.unit.Units;
import paiban.render.image.CmykJpegFiles;
import paiban.render.image.CmykJpegFiles.Variant;

/**
 * CMYK photos in the print PDF: embedded as they are when their resolution
 * allows (no second JPEG generation), resampled in CMYK above 300 ppi, and in
 * every case rendered back in the colours of their inks.
 */
class CmykJpegPdfTest {
    /** The patch row is placed 70 mm wide from (10 mm, 10 mm); each patch is 10 mm square. */
    static final int X = Units.mm(10), Y = Units.mm(10), PATCH_MM = 10;
    static final int DPI = 72;

    @TempDir Path tmp;

    static PageLayout page(Path file) {
        Rect r = new Rect(X, Y, Units.mm(PATCH_MM * PATCHES.length), Units.mm(PATCH_MM));
        return new PageLayout("p1", 1, "第一版", Units.mm(90), Units.mm(30), List.of(new ImageMark("pic", file, r, r)),
                List.of());
    }

    static PDDocument export(Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(List.of(), new PdfExporter(PdfSettings.defaults()).write(List.of(page(file)), "t", out));
        return Loader.loadPDF(out.toByteArray());
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void aCmykJpegWithin300ppiIsEmbeddedByteForByte(Variant v) throws Exception {
        Path file = CmykJpegFiles.write(tmp.resolve(v + ".jpg"), PATCHES, v, 1); // 16 px over 10 mm: 41 ppi
        try (PDDocument d = export(file)) {
            PDImageXObject xo = PdfExportTest.onlyImage(d);
            assertEquals(COSName.DCT_DECODE, xo.getCOSObject().getDictionaryObject(COSName.FILTER));
            assertEquals("DeviceCMYK", xo.getColorSpace().getName());
            try (InputStream raw = xo.getCOSObject().createRawInputStream()) {
                assertArrayEquals(Files.readAllBytes(file), raw.readAllBytes(), "the file's own bytes");
            }
            COSArray decode = (COSArray) xo.getCOSObject().getDictionaryObject(COSName.DECODE);
            if (v == Variant.PLAIN) {
                assertNull(decode, "plain CMYK needs no Decode");
            } else {
                assertEquals("[1 0 1 0 1 0 1 0]", show(decode), "Adobe's inverted samples");
            }
            PdfChecks.assertOnlyCmykOrGray(d);
            assertRendersInInkColours(d);
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void aCmykJpegOver300ppiIsResampledInCmyk(Variant v) throws Exception {
        Path file = CmykJpegFiles.write(tmp.resolve(v + "-big.jpg"), PATCHES, v, 16); // 256 px over 10 mm: 650 ppi
        try (PDDocument d = export(file)) {
            PDImageXObject xo = PdfExportTest.onlyImage(d);
            int max = (int) Math.ceil(PATCH_MM * PATCHES.length / 25.4 * 300);
            assertTrue(xo.getWidth() <= max && xo.getWidth() >= max - 2, "width " + xo.getWidth() + " for 300 ppi: " + max);
            assertEquals("DeviceCMYK", xo.getColorSpace().getName());
            assertNull(xo.getCOSObject().getDictionaryObject(COSName.DECODE), "ink stored upright when re-encoded");
            try (InputStream raw = xo.getCOSObject().createRawInputStream()) {
                assertFalse(java.util.Arrays.equals(Files.readAllBytes(file), raw.readAllBytes()));
            }
            PdfChecks.assertOnlyCmykOrGray(d);
            assertRendersInInkColours(d);
        }
    }

    private static String show(COSArray a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.size(); i++) sb.append(i == 0 ? "" : " ").append(((org.apache.pdfbox.cos.COSNumber) a.getObject(i)).intValue());
        return sb.append(']').toString();
    }

    /** PDFBox's renderer (through its CMYK profile) shows each patch as its inks look. */
    static void assertRendersInInkColours(PDDocument d) throws Exception {
        BufferedImage page = new PDFRenderer(d).renderImageWithDPI(0, DPI, ImageType.RGB);
        assertPatch(page, 0, "cyan", (r, g, b) -> b > r + 100 && g > r + 60);
        assertPatch(page, 1, "magenta", (r, g, b) -> r > g + 100 && b > g + 30);
        assertPatch(page, 2, "yellow", (r, g, b) -> r > b + 100 && g > b + 100);
        assertPatch(page, 3, "black", (r, g, b) -> r < 80 && g < 80 && b < 80);
        assertPatch(page, 4, "paper", (r, g, b) -> r > 230 && g > 230 && b > 230);
        assertPatch(page, 6, "rich black", (r, g, b) -> r < 60 && g < 60 && b < 60);
    }

    interface Rgb {
        boolean test(int r, int g, int b);
    }

    private static void assertPatch(BufferedImage page, int patch, String what, Rgb ok) {
        double mmToPx = DPI / 25.4;
        int x = (int) Math.round((10 + patch * PATCH_MM + PATCH_MM / 2.0) * mmToPx);
        int y = (int) Math.round((10 + PATCH_MM / 2.0) * mmToPx);
        int rgb = page.getRGB(x, y);
        int r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF;
        assertTrue(ok.test(r, g, b), "patch " + patch + " should look " + what + ", is #" + Integer.toHexString(rgb & 0xFFFFFF));
    }

    static {
        if (PATCH != 16) throw new AssertionError("the page geometry assumes 16-pixel patches");
    }
}
