package paiban.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.PageLayout;
import paiban.model.Rect;
import paiban.render.fx.ScreenTransform;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.MainWindow;
import paiban.ui.Messages;
import paiban.ui.TestEditions;

/** A frame whose story does not fit carries the red marker with 超 N 字, from FrameInfo.oversetChars. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class OversetMarkerFxTest {
    MainWindow window;

    /** The real layout, with 37 characters over on frame t1. */
    static EditionLayout withOverset(paiban.model.Edition e) {
        EditionLayout real = TestEditions.COMPOSER.compose(e);
        List<PageLayout> pages = new ArrayList<>();
        for (PageLayout p : real.pages()) {
            List<FrameInfo> infos = new ArrayList<>();
            for (FrameInfo i : p.frames()) {
                infos.add(i.frameId().equals("t1") ? new FrameInfo(i.frameId(), i.kind(), i.bounds(), "s1", 0,
                        i.columns(), i.linesUsed(), 0, i.charsSet(), 37) : i);
            }
            pages.add(new PageLayout(p.pageId(), p.number(), p.name(), p.width(), p.height(), p.marks(), infos));
        }
        return new EditionLayout(pages, real.stories(), real.warnings());
    }

    @Start
    void start(Stage s) {
        window = new MainWindow(new EditionDocument(OversetMarkerFxTest::withOverset, TestEditions.twoPages(), null));
        window.show(s);
    }

    @Test
    void theOversetFrameHasARedMarkerAtItsBottomRight() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        FrameOutline t1 = window.canvas().drawnOutlines().stream().filter(o -> o.frameId().equals("t1")).findFirst().orElseThrow();
        assertEquals(37, t1.oversetChars());
        assertTrue(window.canvas().drawnOutlines().stream().filter(o -> !o.frameId().equals("t1"))
                .allMatch(o -> o.oversetChars() == 0));
        ScreenTransform at = window.canvas().transform();
        Rect b = TestEditions.T.gridRect(0, 5, 10, 40);
        PixelReader px = WaitForAsyncUtils.asyncFx(() -> window.canvas().viewport().snapshot(null, null)).get().getPixelReader();
        // the marker's red frame, just inside the bottom-right corner
        int x = (int) at.x(b.right()) - 4, y0 = (int) at.y(b.bottom());
        boolean red = false;
        for (int y = y0 - 16; y < y0 && !red; y++) {
            Color c = px.getColor(x - 6, y);
            red = isRed(c);
        }
        assertTrue(red, "a red marker at the frame's corner");
        // 超 N 字 hangs below the frame's edge: the text lines above it stay readable
        assertTrue(isRed(px.getColor(x - 40, y0 + 5)), "the label below the frame");
        for (int y = y0 - 30; y < y0 - 2; y++)
            assertTrue(!isRed(px.getColor(x - 40, y)), "no label over the frame's text at y " + y);
        assertEquals("超 37 字", Messages.get("canvas.overset", t1.oversetChars()));
    }

    private static boolean isRed(Color c) {
        return c.getRed() > 0.8 && c.getGreen() < 0.2 && c.getBlue() < 0.3;
    }
}
