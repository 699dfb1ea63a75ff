package paiban.ui.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.ui.BackgroundWork;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.MainWindow;
import paiban.ui.Messages;

/** 文件 → 发布数字报…: the dialog publishes the sample in the background; Cancel stops it; a bad folder is said. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class PublishViewModelFxTest {
    static final Path SAMPLE = Path.of("assets/sample/edition.json");
    @TempDir Path dir;
    MainWindow window;
    Stage stage;

    /** Composed once, off the FX thread: the sample's layout is all the tests need of it. */
    static EditionDocument doc;

    @org.junit.jupiter.api.BeforeAll static void compose() throws Exception {
        doc = new EditionDocument(new EditionComposer(FontLibrary.shared()), EditionFile.read(SAMPLE), SAMPLE);
    }

    @Start void start(Stage s) throws Exception {
        stage = s;
        window = new MainWindow(doc);
        window.show(s);
    }

    @Test void theDialogPublishesTheSiteWithProgressAndSaysWhere() throws Exception {
        PublishDialog dialog = WaitForAsyncUtils.asyncFx(() -> window.openPublish()).get();
        PublishViewModel vm = dialog.viewModel();
        assertEquals(SAMPLE.toAbsolutePath().getParent().resolve("数字报-20260425"), vm.folderProperty().get());
        Path site = dir.resolve("site");
        List<Double> progress = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            vm.folderProperty().set(site);
            vm.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
            ((Button) dialog.stage().getScene().lookup("#publish-start")).fire();
        }).get();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.runningProperty().get() && vm.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(Files.isRegularFile(site.resolve("pages/03.html")));
        String status = ((Label) dialog.stage().getScene().lookup("#publish-status")).getText();
        assertTrue(status.startsWith("已发布") && status.contains(site.resolve("index.html").toString()), status);
        assertTrue(vm.notes().stream().anyMatch(n -> n.contains("briefs")), vm.notes().toString());
        assertTrue(progress.stream().anyMatch(p -> p > 0 && p < 1), "progress in between: " + progress);
        WaitForAsyncUtils.asyncFx(() -> dialog.stage().close()).get();
    }

    @Test void theFileMenuOpensTheDialog() throws Exception {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        javafx.scene.control.MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-publish".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("发布数字报…", item.getText());
        assertFalse(item.isDisable());
        WaitForAsyncUtils.asyncFx(item::fire).get();
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && "发布数字报".equals(st.getTitle())).map(w -> (Stage) w)
                .findFirst().orElseThrow()).get();
        assertTrue(dialog.isShowing());
        WaitForAsyncUtils.asyncFx(dialog::close).get();
    }

    @Test void cancelStopsPublishingAndSaysTheSiteIsIncomplete() throws Exception {
        PublishViewModel vm = WaitForAsyncUtils.asyncFx(() -> new PublishViewModel(window.document())).get();
        List<Runnable> queued = new ArrayList<>();
        Path site = dir.resolve("cancelled");
        WaitForAsyncUtils.asyncFx(() -> {
            vm.folderProperty().set(site);
            assertNotNull(vm.start(queued::add)); // held back, so the cancel comes first
            assertTrue(vm.runningProperty().get());
            vm.cancel();
        }).get();
        queued.forEach(BackgroundWork.EXECUTOR::execute);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Messages.get("publish.cancelled", site), vm.statusProperty().get());
        assertFalse(Files.exists(site.resolve("index.html")));
        assertEquals(null, vm.resultProperty().get());
    }

    @Test void aFileWhereTheFolderShouldBeIsSaidAndNothingRuns() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        PublishViewModel vm = WaitForAsyncUtils.asyncFx(() -> new PublishViewModel(window.document())).get();
        WaitForAsyncUtils.asyncFx(() -> {
            vm.folderProperty().set(file);
            assertEquals(null, vm.start(r -> { throw new AssertionError("must not run"); }));
        }).get();
        assertEquals(file + " 不是文件夹。", vm.statusProperty().get());
        assertFalse(vm.runningProperty().get());
    }
}
