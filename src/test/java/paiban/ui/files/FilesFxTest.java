package paiban.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.io.EditionFile;
import paiban.preflight.Finding;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.MainWindow;
import paiban.ui.MonocleStage;
import paiban.ui.TestEditions;
import paiban.ui.export.ExportDialog;
import paiban.ui.preflight.Light;
import paiban.ui.preflight.PreflightLight;

/** The window's file handling, export dialog and preflight light, driven as a designer would. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class FilesFxTest {
    MainWindow window;
    Stage stage;
    Path dir;
    Path file;

    @Start
    void start(Stage s) throws Exception {
        dir = Files.createTempDirectory("paiban-files-fx");
        oldSettings = System.getProperty("paiban.settings");
        System.setProperty("paiban.settings", dir.resolve("settings").toString());
        file = dir.resolve("明城日报.json");
        EditionFile.write(TestEditions.twoPages(), file);
        stage = s;
        window = new MainWindow(new EditionDocument(TestEditions.COMPOSER, EditionFile.read(file), file));
        window.show(s);
        // Monocle's screen is 1280×800: the status bar must be on it to be clicked
        monocle = MonocleStage.onScreen(s);
    }

    MonocleStage monocle;
    String oldSettings;

    /** The primary stage is shared by every UI test class: give it back as it was. */
    @org.junit.jupiter.api.AfterEach
    void restore() throws Exception {
        monocle.restore();
        // back to the folder surefire set, so later tests keep their settings in target/
        if (oldSettings == null) System.clearProperty("paiban.settings");
        else System.setProperty("paiban.settings", oldSettings);
    }

    private static void snapshot(Scene scene, String name) throws Exception {
        var shot = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = paiban.Screenshots.file(name);
        out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
    }

    private void edit() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().edits().nudge(1, 0)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Stage windowTitled(String title) {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && title.equals(st.getTitle()) && w.isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no window " + title + " among "
                        + Window.getWindows().stream().map(w -> w instanceof Stage st ? st.getTitle() + "/" + w.isShowing() : w.toString()).toList()));
    }

    @Test
    void theTitleMarksUnsavedChangesAndCtrlSSavesThem(FxRobot robot) throws Exception {
        assertFalse(stage.getTitle().startsWith("*"), stage.getTitle());
        robot.clickOn(window.canvas().canvas());
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().selectedFrameIdProperty().set("ad1")).get();
        edit();
        assertTrue(stage.getTitle().startsWith("*明城日报"), stage.getTitle());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.files().isDirty());
        assertFalse(stage.getTitle().startsWith("*"), stage.getTitle());
        assertEquals(window.document().edition(), EditionFile.read(file));
        // and the file heads the recent list in the menu
        var recent = (javafx.scene.control.Menu) robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().get(0).getItems().stream().filter(i -> "menu-recent".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(recent.getItems().get(0).getText().startsWith("1  明城日报.json"), recent.getItems().get(0).getText());
    }

    @Test
    void theNewEditionDialogGivesTheChosenTemplateAndPages(FxRobot robot) throws Exception {
        var dialog = WaitForAsyncUtils.asyncFx(() -> {
            var d = new FxFileDialogs(() -> stage).newEditionDialog();
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        var pane = dialog.getDialogPane();
        robot.clickOn(robot.from(pane).lookup("#new-name").queryAs(TextField.class)).write("明城晚报");
        WaitForAsyncUtils.asyncFx(() -> {
            @SuppressWarnings("unchecked")
            var t = (javafx.scene.control.ChoiceBox<paiban.model.PageTemplate>) pane.lookup("#new-template");
            t.getSelectionModel().select(1);
            ((javafx.scene.control.Spinner<?>) pane.lookup("#new-pages")).getValueFactory().increment(-4);
            ((javafx.scene.control.DatePicker) pane.lookup("#new-date")).setValue(java.time.LocalDate.of(2026, 5, 1));
        }).get();
        snapshot(pane.getScene(), "new-edition-dialog.png");
        robot.clickOn(robot.from(pane).lookup("新建").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        NewEditionSpec spec = dialog.getResult();
        assertEquals(new NewEditionSpec("明城晚报", java.time.LocalDate.of(2026, 5, 1), paiban.model.PageTemplate.sikai(), 4), spec);
    }

    @Test
    void theRecoveryQuestionSaysWhenTheCopyWasMade(FxRobot robot) throws Exception {
        var answer = new java.util.concurrent.atomic.AtomicReference<Boolean>();
        javafx.application.Platform.runLater(() -> answer.set(new FxFileDialogs(() -> stage)
                .offerRecovery(file, java.time.LocalDateTime.of(2026, 4, 24, 22, 15)
                        .atZone(java.time.ZoneId.systemDefault()).toInstant())));
        WaitForAsyncUtils.waitForFxEvents();
        Stage question = windowTitled("恢复版面");
        snapshot(question.getScene(), "recover-question.png");
        String text = robot.from(question.getScene().getRoot()).lookup(".content").queryLabeled().getText();
        assertTrue(text.contains("2026-04-24 22:15"), text);
        robot.clickOn(robot.from(question.getScene().getRoot()).lookup("打开副本").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.TRUE, answer.get());
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().selectedFrameIdProperty().set("ad1")).get();
        edit();
        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        Stage prompt = windowTitled("未保存的修改");
        snapshot(prompt.getScene(), "unsaved-prompt.png");
        assertTrue(robot.from(prompt.getScene().getRoot()).lookup(".header-panel .label").queryLabeled().getText()
                .contains("明城日报.json"));
        robot.clickOn(robot.from(prompt.getScene().getRoot()).lookup("取消").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "Cancel keeps the window");
        assertTrue(window.files().isDirty());

        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        Stage again = windowTitled("未保存的修改");
        robot.clickOn(robot.from(again.getScene().getRoot()).lookup("不保存").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        // the handler let the request through; the file is as it was
        assertEquals(TestEditions.twoPages(), EditionFile.read(file));
    }

    @Test
    void thePreflightLightIsRedAndAClickOnAFindingGoesToItsFrame(FxRobot robot) throws Exception {
        PreflightLight light = window.preflightLight();
        // the first check runs in the background once the window is up
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.preflightModel().light() == Light.RED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Light.RED, window.preflightModel().light(), "the photo is missing");
        assertEquals(PreflightLight.colour(Light.RED), light.lamp().getFill());
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().showPage(1)).get();
        robot.clickOn("#preflight-light");
        WaitForAsyncUtils.waitForFxEvents();
        Stage list = windowTitled("预检结果");
        snapshot(list.getScene(), "preflight-list.png");
        ListCell<?> cell = robot.from(list.getScene().getRoot()).lookup(".list-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() instanceof Finding f && f.frameId().equals("img1"))
                .findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.canvasModel().pageIndex());
        assertEquals("img1", window.canvasModel().selectedFrameIdProperty().get());
        assertTrue(robot.lookup("#status-page").queryLabeled().getText().startsWith("第一版"));
    }

    @Test
    void ctrlEExportsAfterPreflightAndThePdfsAreThere(FxRobot robot) throws Exception {
        robot.clickOn(window.canvas().canvas());
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().showPage(1)).get();
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = windowTitled("导出 PDF");
        var root = dialog.getScene().getRoot();
        Label summary = robot.from(root).lookup("#export-preflight-summary").queryAs(Label.class);
        assertTrue(summary.getText().contains("个错误"), summary.getText());
        Button start = robot.from(root).lookup("#export-start").queryButton();
        assertEquals("仍然导出", start.getText(), "errors are shown, the export is still the designer's call");
        TextField folder = robot.from(root).lookup("#export-folder").queryAs(TextField.class);
        Path out = dir.resolve("pdf");
        assertEquals(dir.resolve("pdf").toString(), folder.getText(), "beside the edition by default");
        TextField pages = robot.from(root).lookup("#export-page-list").queryAs(TextField.class);
        assertEquals("2", pages.getText(), "指定版面 starts at the page on the canvas");
        assertTrue(pages.isDisabled(), "all pages is the default");
        // a finding in the dialog shows its frame behind it
        ListCell<?> cell = robot.from(root).lookup(".list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() instanceof Finding f && f.frameId().equals("img1")).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.canvasModel().pageIndex());
        assertEquals("img1", window.canvasModel().selectedFrameIdProperty().get());
        robot.clickOn("#export-single");
        robot.clickOn("#export-marks");
        snapshot(dialog.getScene(), "export-dialog.png");
        robot.clickOn(start);
        WaitForAsyncUtils.waitForFxEvents();
        // with errors the dialog asks first; the designer says 仍然导出
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("仍然导出")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.from(root).lookup("#export-status").queryLabeled()
                .getText().startsWith("已导出"));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(dialog.getScene(), "export-dialog-done.png");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("20260425.pdf"), s.map(p -> p.getFileName().toString()).toList());
        }
        robot.clickOn("#export-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing());
    }

    @Test
    void mainWindowWithTheLight() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(stage.getScene(), "main-window-files.png");
        ExportDialog d = WaitForAsyncUtils.asyncFx(window::openExport).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(d.stage().isShowing());
        WaitForAsyncUtils.asyncFx(() -> d.stage().close()).get();
        // a new 对开 edition as the template makes it
        WaitForAsyncUtils.asyncFx(() -> window.document().open(EditionTemplates.create(new NewEditionSpec("明城晚报",
                java.time.LocalDate.of(2026, 5, 1), paiban.model.PageTemplate.duikai(), 8)), null)).get();
        // the light follows by itself once the layout has been still for a moment
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.preflightModel().light() == Light.GREEN);
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(stage.getScene(), "new-edition.png");
    }
}
