package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.layout.ImageMark;
import paiban.layout.Mark;
import paiban.model.Rect;
import paiban.model.frame.ImageFit;
import paiban.model.frame.ImageFrame;
import paiban.ui.InLanguage;
import paiban.ui.story.PlaceActions;

/**
 * The 图片 rows on the sample's lead photo: fit, turn and scale, each one
 * undo step; the effective ppi, marked once it drops below 150; another
 * file placed in the frame shows at once; a frame size below one 字 or one
 * line refused with a message.
 */
@InLanguage("zh")
class ImageRowsTest {
    static final String PHOTO = "p1-lead-photo";
    final SamplePanel panel = new SamplePanel();

    private ImageFrame photo() {
        return (ImageFrame) panel.doc.edition().pages().get(0).frame(PHOTO).orElseThrow();
    }

    private ImageMark mark() {
        for (Mark m : panel.doc.layout().pages().get(0).marks()) if (m instanceof ImageMark im && im.frameId().equals(PHOTO)) return im;
        throw new AssertionError();
    }

    @Test
    void fitTurnAndScaleAreOneStepEachAndThePpiIsMarkedBelow150() {
        panel.canvas.selectedFrameIdProperty().set(PHOTO);
        assertEquals("手动", panel.row("适合方式").value(), "the sample's photo is cropped by hand");
        assertEquals(44.5, (Double) panel.row("缩放 %").value(), 0.1);
        PropertyRow ppi = panel.row("有效分辨率");
        assertFalse(ppi.warning());
        assertTrue(ppi.value().toString().startsWith("16"), ppi.value().toString()); // 1600 px over 7.4 in

        assertTrue(panel.vm.set(panel.row("缩放 %"), 100.0));
        assertEquals(ImageFit.MANUAL, photo().fit());
        assertEquals(1.0, photo().scale(), 1e-9);
        PropertyRow low = panel.row("有效分辨率（低于 150 ppi）");
        assertTrue(low.warning(), "72 ppi is marked");
        assertEquals("72 ppi（1600×1000 像素）", low.value());
        Rect before = mark().placement();

        assertTrue(panel.vm.set(panel.row("旋转"), "90°"));
        assertEquals(1, photo().rotation());
        Rect turned = mark().placement();
        assertEquals(before.width(), turned.height(), "turned: the width runs down");
        assertEquals(before.x() + before.width() / 2, turned.x() + turned.width() / 2, 1, "about its centre");

        assertTrue(panel.vm.set(panel.row("适合方式"), "填充（裁切）"));
        assertEquals(ImageFit.FILL, photo().fit());
        assertEquals(mark().clip(), photo().bounds());
        assertTrue(mark().placement().width() >= photo().bounds().width() && mark().placement().height() >= photo().bounds().height(),
                "fill covers the frame");

        panel.undo.undo();
        assertEquals(ImageFit.MANUAL, photo().fit());
        panel.undo.undo();
        assertEquals(0, photo().rotation());
        panel.undo.undo();
        assertEquals(panel.saved.pages().get(0).frame(PHOTO).orElseThrow(), photo(), "back as saved");
    }

    @Test
    void anotherFilePlacedInTheFrameShowsAtOnceKeepingItsCrop(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("other.jpg");
        Files.copy(panel.sample.resolveSibling("binjiang-dawn.jpg"), copy);
        panel.canvas.selectedFrameIdProperty().set(PHOTO);
        new PlaceActions(panel.canvas).placeImage(copy);
        assertEquals(copy.toAbsolutePath().normalize(), mark().file(), "the layout draws the new file");
        assertEquals(ImageFit.MANUAL, photo().fit(), "the crop stays");
        assertEquals(0.445, photo().scale(), 1e-9);
    }

    @Test
    void aFrameBelowOneCharacterOrOneLineIsRefusedWithAMessage() {
        panel.canvas.selectedFrameIdProperty().set("p1-lead-1");
        Rect before = panel.doc.edition().pages().get(0).frame("p1-lead-1").orElseThrow().bounds();
        assertFalse(panel.vm.set(panel.row("宽 (毫米)"), 1.0));
        assertTrue(panel.vm.refusalProperty().get().contains("至少一个字宽"), panel.vm.refusalProperty().get());
        assertFalse(panel.vm.set(panel.row("高 (毫米)"), 0.5));
        assertTrue(panel.vm.refusalProperty().get().contains("至少一行高"), panel.vm.refusalProperty().get());
        assertEquals(before, panel.doc.edition().pages().get(0).frame("p1-lead-1").orElseThrow().bounds());
        assertEquals(0, panel.undo.depth());
    }
}
