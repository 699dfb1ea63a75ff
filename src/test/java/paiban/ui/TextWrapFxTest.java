package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.model.Rect;
import paiban.model.frame.TextWrap;
import paiban.render.fx.ScreenTransform;

/** A frame's text wrap shows on the canvas as a dashed line around its wrap area. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class TextWrapFxTest {
    MainWindow window;

    @Start
    void start(Stage s) {
        window = PaibanApp.openWindow(s, EditionLoader.sample());
    }

    private WritableImage shot() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> window.canvas().canvas().snapshot(null, null)).get();
    }

    /** How many pixels along the wrap area's left edge, between the photo's top and bottom, changed. */
    private static int changedAlongLeftEdge(WritableImage before, WritableImage after, ScreenTransform at, Rect area) {
        int x = (int) Math.floor(at.x(area.x()));
        int changed = 0;
        for (int y = (int) at.y(area.y()) + 2; y < (int) at.y(area.bottom()) - 2; y++) {
            if (!before.getPixelReader().getColor(x, y).equals(after.getPixelReader().getColor(x, y))) changed++;
        }
        return changed;
    }

    @Test
    void theWrapAreaIsOutlined() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.canvasModel().selectedFrameIdProperty().set("p1-lead-photo");
        }).get();
        WritableImage before = shot();
        WaitForAsyncUtils.asyncFx(() -> window.propertiesModel().set(window.propertiesModel().row("绕排距离 (字)").orElseThrow(), 3.0)).get();
        var photo = window.document().edition().pages().get(0).frame("p1-lead-photo").orElseThrow();
        assertEquals(new TextWrap(27_000), photo.wrap());
        WritableImage after = shot();
        ScreenTransform at = window.canvas().transform();
        Rect area = photo.bounds().grow(27_000);
        int changed = changedAlongLeftEdge(before, after, at, area);
        int height = (int) (at.y(area.bottom()) - at.y(area.y())) - 4;
        // a dashed line: about half of the edge is drawn
        assertTrue(changed > height / 4 && changed < height, changed + " of " + height);
        ImageIO.write(SwingFXUtils.fromFXImage(after, null), "png", paiban.Screenshots.file("text-wrap.png"));
        WaitForAsyncUtils.asyncFx(() -> window.undoStack().undo()).get();
        assertEquals(0, changedAlongLeftEdge(before, shot(), at, area), "undone, the outline is gone");
    }
}
