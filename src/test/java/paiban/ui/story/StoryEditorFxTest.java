package paiban.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.ui.EditionLoader;
import paiban.ui.MainWindow;
import paiban.ui.Messages;
import paiban.ui.PaibanApp;

/** Select a story's frame in the sample, type into the story editor, see the copyfit change, undo. */
@ExtendWith(ApplicationExtension.class)
class StoryEditorFxTest {
    MainWindow window;

    @Start
    void start(Stage s) {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        window = PaibanApp.openWindow(s, EditionLoader.sample());
    }

    @Test
    void typingReflowsAndUndoRestores(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var edition = window.document().edition();
        String frame = window.canvasModel().outlines().stream()
                .filter(o -> edition.storyOfFrame(o.frameId()).isPresent()
                        && o.kind() == paiban.layout.FrameKind.TEXT)
                .findFirst().orElseThrow().frameId();
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().selectedFrameIdProperty().set(frame)).get();
        WaitForAsyncUtils.waitForFxEvents();
        var story = window.storyModel().story();
        var area = window.storyEditor().area();
        assertEquals(story.text(), area.getText());
        String fitBefore = robot.lookup("#story-copyfit").queryAs(Label.class).getText();
        int charsBefore = window.storyModel().fit().orElseThrow().characters();

        robot.clickOn(area);
        WaitForAsyncUtils.asyncFx(() -> area.moveTo(area.getLength())).get();
        robot.write("新增的一句话。");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(story.text() + "新增的一句话。", window.document().edition().story(story.id()).orElseThrow().text());
        assertEquals(charsBefore + 7, window.storyModel().fit().orElseThrow().characters());
        assertNotEquals(fitBefore, robot.lookup("#story-copyfit").queryAs(Label.class).getText());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(story.text(), window.document().edition().story(story.id()).orElseThrow().text());
        assertEquals(story.text(), area.getText());
        assertTrue(!window.document().isDirty(), "back to the saved document");
    }
}
