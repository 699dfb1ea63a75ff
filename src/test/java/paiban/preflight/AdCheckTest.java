package paiban.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.style.DefaultStyles;
import paiban.model.unit.Units;
import paiban.render.placed.AdPdfs;

/** Preflight of placed ad PDFs: size, page count, transparency, ink, spot colours and rotation, by frame. */
class AdCheckTest {
    static final PageTemplate T = PageTemplate.sikai();

    @TempDir Path dir;

    List<Finding> preflight(AdFrame ad) {
        Edition e = new Edition("排版日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(Units.pt(9)), List.of(new Page("p1", "", "广告", T.name(), List.of(ad))), List.of());
        return new Preflight(FontLibrary.shared()).check(e, new EditionLayout(List.of(), java.util.Map.of(), List.of()), dir)
                .stream().filter(f -> f.frameId().equals(ad.id())).toList();
    }

    static AdFrame ad(String file, int page, double wMm, double hMm) {
        return new AdFrame("ad", new Rect(Units.mm(20), Units.mm(30), Units.mm(wMm), Units.mm(hMm)), "滨江农商银行", file,
                page, null, false, "");
    }

    static List<String> codes(List<Finding> fs) {
        return fs.stream().map(f -> f.severity() + " " + f.code()).toList();
    }

    @Test
    void theSizeMayBeOffByUpToOneMillimetre() throws Exception {
        AdPdfs.good(dir.resolve("good.pdf"), 80, 50);
        assertEquals(List.of(), preflight(ad("good.pdf", 1, 80.9, 49.1)));
        List<Finding> off = preflight(ad("good.pdf", 1, 80, 52));
        assertEquals(List.of("ERROR ad-size"), codes(off));
        assertEquals("第一版, frame ad: ad of 滨江农商银行 (ad): the PDF's trim is 80.0×50.0 mm, the frame 80.0×52.0 mm, more than 1 mm apart",
                off.get(0).message(Locale.ENGLISH));
        assertEquals("第一版 “滨江农商银行”广告（ad）成品尺寸 80.0×50.0 毫米（TrimBox），广告框 80.0×52.0 毫米，相差超过 1 毫米",
                off.get(0).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aChosenPageIsCheckedAndTheFirstOfSeveralIsQuestioned() throws Exception {
        AdPdfs.transparentHeavy(dir.resolve("two.pdf"), 60, 40);
        assertEquals(List.of("WARNING ad-page"), codes(preflight(ad("two.pdf", 1, 60, 40))));
        List<Finding> second = preflight(ad("two.pdf", 2, 60, 40));
        assertEquals(List.of("ERROR ad-transparency", "WARNING ink-limit"), codes(second));
        assertEquals("第一版, frame ad: ad of 滨江农商银行 (ad): transparency (fill alpha 0.50), which PDF/X-1a does not allow",
                second.get(0).message(Locale.ENGLISH));
        assertEquals("第一版, frame ad: ad of 滨江农商银行 (ad): pixels or fills with 360% total ink, over the limit of 240%",
                second.get(1).message(Locale.ENGLISH));
    }

    @Test
    void spotColoursAndARotatedPageAreFound() throws Exception {
        AdPdfs.spotRotated(dir.resolve("spot.pdf"), 60, 40);
        List<Finding> fs = preflight(ad("spot.pdf", 1, 40, 60));
        assertEquals(List.of("ERROR ad-rotated", "WARNING ad-spot"), codes(fs));
        assertEquals("第一版 “滨江农商银行”广告（ad）含专色（PANTONE 185 C），印刷时需另出一块版",
                fs.get(1).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anAdWithoutAdvertiserIsNamedByItsFrame() {
        AdFrame unnamed = new AdFrame("ad", new Rect(Units.mm(20), Units.mm(30), Units.mm(10), Units.mm(10)), "", "nowhere.pdf", null, false, "");
        List<Finding> fs = preflight(unnamed);
        assertEquals(List.of("ERROR missing-ad"), codes(fs));
        assertEquals("第一版 广告（ad）的文件 nowhere.pdf 缺失（查找位置：" + dir.resolve("nowhere.pdf") + "）",
                fs.get(0).message(Locale.SIMPLIFIED_CHINESE));
    }
}
