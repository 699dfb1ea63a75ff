package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file that cannot be read opens an empty window and a dialog that says why. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class OpenFailureFxTest {
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        window = PaibanApp.openWindow(s, Path.of("no-such-dir", "lost.json"));
    }

    @Test
    void saysWhichFileAndWhy(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#error-message").queryAs(Label.class);
        assertTrue(message.getText().contains("lost.json"), message.getText());
        assertTrue(message.getText().contains("文件不存在"), message.getText());
        assertEquals("未命名版面 — 排版 Paiban", stage.getTitle());
        assertEquals(0, window.canvasModel().pageCount());
        assertTrue(window.canvas().drawnOutlines().isEmpty());
    }
}
