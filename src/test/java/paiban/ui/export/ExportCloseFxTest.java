package paiban.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
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

/** Closing the main window while an export runs asks first; cancelling leaves no PDF of it behind. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class ExportCloseFxTest {
    MainWindow window;
    Stage stage;
    final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-export");
        t.setDaemon(true);
        return t;
    });

    @Start
    void start(Stage primary) {
        // the window closes for real here: its own stage, and closing it must not end the toolkit
        Platform.setImplicitExit(false);
        stage = new Stage();
        window = PaibanApp.openWindow(stage, EditionLoader.sample());
    }

    @AfterEach
    void cleanUp() throws Exception {
        worker.shutdownNow();
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage st && st != stage && st.getOwner() == stage) st.close();
            }
            stage.close();
        }).get();
    }

    private static Stage windowTitled(String title) {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && title.equals(st.getTitle()) && w.isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no window " + title));
    }

    private void requestClose() {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void closingDuringAnExportAsksAndCancellingDeletesWhatItWrote(FxRobot robot, @TempDir Path dir) throws Exception {
        ExportDialog dialog = WaitForAsyncUtils.asyncFx(window::openExport).get();
        ExportViewModel vm = dialog.viewModel();
        CountDownLatch firstPageDone = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        // the worker waits after the first page, so the close comes while the export runs
        vm.setObserver((done, total) -> {
            if (done != 1) return;
            firstPageDone.countDown();
            try {
                goOn.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        WaitForAsyncUtils.asyncFx(() -> {
            vm.allPagesProperty().set(true);
            vm.folderProperty().set(dir);
            vm.start(worker);
        }).get();
        assertTrue(firstPageDone.await(60, TimeUnit.SECONDS));
        assertEquals(List.of("20260425-01.pdf"), names(dir), "one whole page written, the rest not started");

        requestClose();
        Stage question = windowTitled("正在导出");
        snapshot(question, "export-close-question.png");
        robot.clickOn(robot.from(question.getScene().getRoot()).lookup("继续导出").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "继续导出 keeps the window");
        assertTrue(vm.runningProperty().get(), "and the export");

        requestClose();
        Stage again = windowTitled("正在导出");
        robot.clickOn(robot.from(again.getScene().getRoot()).lookup("取消导出并关闭").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "the window waits for the export to stop");
        goOn.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(stage.isShowing(), "closed once the export stopped");
        assertTrue(vm.outcomeProperty().get().cancelled());
        assertEquals(List.of(), names(dir), "no page of the abandoned export is left, nor a part file");
        assertTrue(vm.statusProperty().get().startsWith("已取消导出"), vm.statusProperty().get());
    }

    @Test
    void withoutAnExportTheWindowClosesAsBefore() throws Exception {
        WaitForAsyncUtils.asyncFx(window::openExport).get();
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] consumed = new boolean[1];
        WaitForAsyncUtils.asyncFx(() -> {
            WindowEvent e = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.getOnCloseRequest().handle(e);
            consumed[0] = e.isConsumed();
        }).get();
        assertFalse(consumed[0], "nothing runs and nothing is unsaved: no question");
    }

    private static void snapshot(Stage s, String name) throws Exception {
        var shot = WaitForAsyncUtils.asyncFx(() -> s.getScene().snapshot(null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = paiban.Screenshots.file(name);
        out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
    }
}
