package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 16, the start: a window built with its story editor later has no RichTextFX area until the editor is
 * first asked for; made then, it shows the story the model already holds, and it is made only once.
 */
@ExtendWith(ApplicationExtension.class)
class StoryEditorLaterFxTest {
    MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(TestEditions.document(), true);
        stage.setScene(new Scene(window.root(), 1000, 700));
        stage.show();
    }

    @Test
    void theStoryEditorIsMadeOnFirstUseWithTheStoryShown(FxRobot robot) {
        robot.interact(() -> {
            assertNull(window.root().lookup("#story-area"), "no story editor before it is asked for");
            window.storyModel().showStory("s1");
            var editor = window.storyEditor();
            assertSame(editor, window.storyEditor());
            assertSame(editor.area(), window.root().lookup("#story-area"));
            assertFalse(editor.area().getText().isBlank(), "the editor shows the story the model held");
            assertTrue(editor.area().getText().length() > 1);
        });
    }
}
