package paiban.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.FrameKind;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.ImageFrame;
import paiban.model.style.DefaultStyles;
import paiban.model.unit.Units;
import paiban.render.image.CmykJpegFiles;
import paiban.render.image.CmykJpegFiles.Variant;

/** CMYK photos in preflight: readable, their ppi like any image's, their total ink against the limit. */
class CmykImageCheckTest {
    static final PageTemplate T = PageTemplate.sikai();
    /** Seven patches of 16 px × scale 4 = 448 × 64 px over 56 × 8 mm: 203 ppi. */
    static final Rect FRAME = new Rect(T.gridRect(0, 3, 0, 20).x(), T.gridRect(0, 3, 0, 20).y(), Units.mm(56), Units.mm(8));

    @TempDir Path dir;

    List<Finding> preflight(String file) {
        ImageFrame img = new ImageFrame("img", FRAME, file, "");
        Edition e = new Edition("排版日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(Units.pt(9)), List.of(new Page("p1", "", "要闻", T.name(), List.of(img))), List.of());
        EditionLayout layout = new EditionLayout(List.of(new PageLayout("p1", 1, "第一版", T.trimWidth(), T.trimHeight(),
                List.of(), List.of(new FrameInfo("img", FrameKind.IMAGE, FRAME, "", -1, List.of(), 0, 0, 0, 0)))),
                Map.of(), List.of());
        return new Preflight(FontLibrary.shared()).check(e, layout, dir).stream()
                .filter(f -> f.frameId().equals("img")).toList();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void aGoodCmykJpegIsClean(Variant v) throws Exception {
        CmykJpegFiles.write(dir.resolve("good.jpg"), CmykJpegFiles.PATCHES, v, 4);
        assertEquals(List.of(), preflight("good.jpg"));
    }

    @Test
    void itsResolutionIsCheckedLikeAnyImages() throws Exception {
        CmykJpegFiles.write(dir.resolve("small.jpg"), CmykJpegFiles.PATCHES, Variant.ADOBE_CMYK, 1);
        List<Finding> fs = preflight("small.jpg");
        assertEquals(List.of("low-resolution"), fs.stream().map(Finding::code).toList());
        assertEquals("第一版, frame img: image small.jpg prints at 50 ppi, under 150 ppi (112×16 pixels over 56×8 mm)",
                fs.get(0).message(Locale.ENGLISH));
    }

    @Test
    void inkOverTheLimitIsReportedWithTheImagesMaximum() throws Exception {
        int[][] heavy = {{0, 0, 0, 0}, {100, 80, 80, 100}, {0, 0, 0, 100}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}};
        Path file = CmykJpegFiles.write(dir.resolve("heavy.jpg"), heavy, Variant.ADOBE_YCCK, 4);
        List<Finding> fs = preflight("heavy.jpg");
        assertEquals(List.of("ink-limit"), fs.stream().map(Finding::code).toList());
        Finding f = fs.get(0);
        assertEquals(Severity.WARNING, f.severity());
        int ink = (Integer) f.args().get(1);
        assertTrue(Math.abs(ink - 360) <= 6, "about 360%, was " + ink);
        assertEquals("第一版, frame img: image heavy.jpg has pixels with " + ink + "% total ink, over the limit of 240%",
                f.message(Locale.ENGLISH));

        // the result is kept until the file changes
        CmykJpegFiles.write(file, CmykJpegFiles.PATCHES, Variant.ADOBE_YCCK, 4);
        FileTime old = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(old.toMillis() + 5000));
        assertEquals(List.of(), preflight("heavy.jpg"));
    }

    /** A heavy RGB photo is checked as it will print: after conversion it is within the limit, so only "RGB" is said. */
    @Test
    void aDarkRgbPhotoIsCheckedAfterConversionAndPrintsWithinTheLimit() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(448, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
        int[] dark = {0x000050, 0x200040, 0x003010, 0x000000, 0x0000A0, 0x301000, 0x102030};
        for (int y = 0; y < 64; y++) for (int x = 0; x < 448; x++) img.setRGB(x, y, dark[x / 64]);
        javax.imageio.ImageIO.write(img, "png", dir.resolve("dark.png").toFile());
        assertEquals(List.of("rgb-image"), preflight("dark.png").stream().map(Finding::code).toList());
        int ink = ImageInk.maxConverted(dir.resolve("dark.png"), 220);
        assertTrue(ink <= 220 && ink >= 200, "as printed at a 220% limit: " + ink);
    }
}
