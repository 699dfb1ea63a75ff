package paiban.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import paiban.font.FontLibrary;
import paiban.preflight.Preflight;
import paiban.ui.InLanguage;
import paiban.ui.Messages;
import paiban.ui.TestEditions;

/** The export dialog with preflight errors: it asks before writing, and 取消 writes nothing. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class ExportAskFxTest {
    @TempDir Path dir;

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    /** The button with this text in the open question (not the export dialog's own). */
    private static Button answer(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void errorsAreShownAndTheUserIsAskedBeforeExportingAnyway(FxRobot robot) throws Exception {
        Path out = dir.resolve("pdf");
        ExportDialog dialog = WaitForAsyncUtils.asyncFx(() -> {
            ExportViewModel vm = new ExportViewModel(TestEditions.document(), new Preflight(FontLibrary.shared()));
            ExportDialog d = new ExportDialog(vm, null, r -> new Thread(r, "test-export").start());
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        var root = dialog.stage().getScene().getRoot();
        ExportViewModel vm = dialog.viewModel();
        assertTrue(vm.findings().stream().anyMatch(f -> f.isError()), "the test edition's missing photo is listed");
        robot.interact(() -> {
            robot.from(root).lookup("#export-folder").queryAs(TextField.class).setText(out.toString());
            vm.allPagesProperty().set(false);
            vm.pageListProperty().set("1");
        });
        Button start = robot.from(root).lookup("#export-start").queryButton();
        assertEquals("仍然导出", start.getText());

        robot.clickOn(start);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(answer(robot, Messages.get("unsaved.cancel")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), files(out), "取消: nothing written");
        assertTrue(vm.statusProperty().get().contains("未导出"), vm.statusProperty().get());

        robot.clickOn(start);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(answer(robot, "仍然导出"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runningProperty().get() && vm.outcomeProperty().get() != null);
        assertEquals(1, files(out).size(), "written after 仍然导出");
        robot.interact(() -> dialog.stage().close());
    }
}
