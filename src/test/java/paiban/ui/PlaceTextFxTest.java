package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Placing a text file into a frame: a new story, or new text for the frame's story. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class PlaceTextFxTest {
    MainWindow window;

    @Start
    void start(Stage s) {
        window = new MainWindow(TestEditions.document());
        window.show(s);
    }

    @Test
    void placeIntoAnEmptyFrameAndIntoAThreadedOne(FxRobot robot, @TempDir Path dir) throws Exception {
        Path txt = dir.resolve("稿件.txt");
        Files.writeString(txt, "江边新添一座书房\n\n本报讯（记者 林小河）昨天，江边书房开门迎客。\n\n书房里有三千册图书。\n",
                StandardCharsets.UTF_8);
        robot.interact(() -> {
            window.canvasModel().showPage(1);
            window.canvasModel().selectedFrameIdProperty().set("t3");
        });
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.placeText(txt)).get());
        var story = window.document().edition().storyOfFrame("t3").orElseThrow();
        assertTrue(story.text().contains("江边书房开门迎客"), story.text());
        assertEquals(1, story.chain().size());

        robot.interact(() -> window.canvasModel().selectedFrameIdProperty().set("t2"));
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.placeText(txt)).get());
        var s1 = window.document().edition().story("s1").orElseThrow();
        assertTrue(s1.text().contains("三千册图书"), s1.text());
        assertEquals(2, s1.chain().size(), "the chain stays");
        assertEquals(2, window.undoStack().depth());
    }

    @Test
    void anEmptyFileSaysWhy(FxRobot robot, @TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("空.txt"), "");
        robot.interact(() -> window.canvasModel().selectedFrameIdProperty().set("t1"));
        assertFalse(WaitForAsyncUtils.asyncFx(() -> window.placeText(empty)).get());
        WaitForAsyncUtils.waitForFxEvents();
        String message = robot.lookup("#error-message").queryAs(Label.class).getText();
        assertTrue(message.contains("空.txt"), message);
        assertEquals(0, window.undoStack().depth());
    }
}
