package paiban.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
import paiban.ui.InLanguage;
import paiban.ui.MainWindow;
import paiban.ui.PaibanApp;

/** File → 导出 PDF… on the sample: through preflight and the dialog to the PDFs on disk. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class ExportDialogFxTest {
    MainWindow window;

    @Start
    void start(Stage s) {
        window = PaibanApp.openWindow(s, EditionLoader.sample());
    }

    @Test
    void exportEveryPage(FxRobot robot, @TempDir Path dir) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ExportDialog dialog = WaitForAsyncUtils.asyncFx(window::openExport).get();
        WaitForAsyncUtils.waitForFxEvents();
        var root = dialog.stage().getScene().getRoot();
        assertEquals(window.preflightModel().findings(), dialog.viewModel().findings(), "preflight ran first");
        robot.clickOn(robot.from(root).lookup("#export-all").queryAs(javafx.scene.control.RadioButton.class));
        TextField folder = robot.from(root).lookup("#export-folder").queryAs(TextField.class);
        robot.interact(() -> folder.setText(dir.toString()));
        robot.clickOn(robot.from(root).lookup("#export-start").queryButton());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialog.viewModel().runningProperty().get()
                && dialog.viewModel().outcomeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("20260425-01.pdf", "20260425-02.pdf", "20260425-03.pdf"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.size(dir.resolve("20260425-01.pdf")) > 1000);
        assertTrue(robot.from(root).lookup("#export-status").queryLabeled().getText().startsWith("已导出 3 个文件"));
    }
}
