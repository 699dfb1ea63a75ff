package paiban.render.placed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the inspector finds in placed PDFs, read back from files PDFBox wrote. */
class AdInspectorTest {
    @TempDir Path dir;

    @Test
    void aPressReadyAdIsClean() throws Exception {
        AdReport r = AdInspector.inspect(AdPdfs.good(dir.resolve("good.pdf"), 80, 50), 1);
        assertEquals(1, r.pages());
        assertEquals(80, r.trim().widthMm(), 0.01);
        assertEquals(50, r.trim().heightMm(), 0.01);
        assertEquals(List.of(), r.unembeddedFonts());
        assertEquals(List.of(), r.rgb());
        assertEquals(List.of(), r.spots());
        assertEquals(List.of(), r.transparency());
        assertEquals(100, r.maxInk(), "the cyan image and the magenta fill are 100 % each");
        assertEquals(0, r.rotation());
    }

    @Test
    void rgbAndAnUnembeddedFontAreFound() throws Exception {
        AdReport r = AdInspector.inspect(AdPdfs.rgbUnembedded(dir.resolve("rgb.pdf"), 60, 40), 1);
        assertEquals(List.of("Helvetica"), r.unembeddedFonts());
        assertEquals(List.of("DeviceRGB"), r.rgb());
        assertEquals(List.of(), r.transparency());
    }

    @Test
    void transparencyAndHeavyInkOnTheChosenPage() throws Exception {
        Path file = AdPdfs.transparentHeavy(dir.resolve("t.pdf"), 60, 40);
        AdReport first = AdInspector.inspect(file, 1);
        assertEquals(2, first.pages());
        assertEquals(List.of(), first.transparency());
        AdReport second = AdInspector.inspect(file, 2);
        assertEquals(List.of("fill alpha 0.50"), second.transparency());
        assertEquals(360, second.maxInk());
        PlacedPdf.Unusable u = assertThrows(PlacedPdf.Unusable.class, () -> AdInspector.inspect(file, 3));
        assertEquals(PlacedPdf.Unusable.Reason.NO_PAGE, u.reason());
        assertEquals(2, u.pages());
    }

    @Test
    void aMissingOrBrokenFileSaysWhich() throws Exception {
        PlacedPdf.Unusable missing = assertThrows(PlacedPdf.Unusable.class,
                () -> AdInspector.inspect(dir.resolve("gone.pdf"), 1));
        assertEquals(PlacedPdf.Unusable.Reason.MISSING, missing.reason());
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.4\nthis is no PDF at all");
        PlacedPdf.Unusable b = assertThrows(PlacedPdf.Unusable.class, () -> AdInspector.inspect(broken, 1));
        assertEquals(PlacedPdf.Unusable.Reason.BROKEN, b.reason());
        assertTrue(b.getMessage().contains("broken.pdf"), b.getMessage());
    }
}
