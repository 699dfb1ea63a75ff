package paiban.ui.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.ui.EditionLoader;
import paiban.ui.MainWindow;
import paiban.ui.Messages;
import paiban.ui.PaibanApp;

/** File → 导出 PDF… on the sample: through preflight and the dialog to the PDFs on disk. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogFxTest {
    MainWindow window;

    @Start
    void start(Stage s) {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        window = PaibanApp.openWindow(s, EditionLoader.sample());
    }

    private static Button button(FxRobot robot, String... texts) {
        return robot.lookup(".button").queryAll().stream().filter(n -> n instanceof Button b && b.isVisible()
                && java.util.Arrays.asList(texts).contains(b.getText())).map(n -> (Button) n).findFirst().orElse(null);
    }

    @Test
    void exportEveryPage(FxRobot robot, @TempDir Path dir) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(window::export);
        WaitForAsyncUtils.waitForFxEvents();
        Button yes = button(robot, "Yes", "是", "是(Y)");
        if (yes != null) robot.clickOn(yes); // preflight found errors: export anyway
        WaitForAsyncUtils.waitForFxEvents();
        TextField folder = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(() -> folder.setText(dir.toString()));
        robot.clickOn(button(robot, "导出"));
        Path first = dir.resolve("20260425-01.pdf");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(first)
                && Files.exists(dir.resolve("20260425-02.pdf")) && Files.exists(dir.resolve("20260425-03.pdf")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(first) > 1000);
        assertTrue(robot.lookup(".dialog-pane").queryAll().stream().anyMatch(n -> n.isVisible()), "a dialog says it is done");
    }
}
