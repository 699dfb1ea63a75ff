package paiban.ui.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.preflight.Finding;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.MainWindow;
import paiban.ui.MonocleStage;
import paiban.ui.Messages;
import paiban.ui.TestEditions;

/**
 * The sample edition with one planted problem, 社区长者食堂 given far more text than its frame holds:
 * the preflight list names it as the desk says it, in Chinese, and in English when the interface is English.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class PreflightListFxTest {
    static final Path SAMPLE = Path.of("assets/sample");
    MainWindow window;
    Stage stage;
    MonocleStage monocle;

    @Start
    void start(Stage s) throws Exception {
        // a copy: the window autosaves beside its file, and the sample must stay as committed
        Path dir = Files.createTempDirectory("paiban-preflight-fx");
        Files.copy(SAMPLE.resolve("binjiang-dawn.jpg"), dir.resolve("binjiang-dawn.jpg"));
        Path file = dir.resolve("edition.json");
        Edition sample = EditionFile.read(SAMPLE.resolve("edition.json"));
        Story canteen = sample.story("canteen").orElseThrow();
        EditionFile.write(sample.withStory(canteen.withParagraphs(List.of(
                new Paragraph("正文", "社区长者食堂今日开张，老人们排队就餐，菜价实惠，味道可口。".repeat(60))))), file);
        stage = s;
        window = new MainWindow(new EditionDocument(TestEditions.COMPOSER, EditionFile.read(file), file));
        window.show(s);
        monocle = MonocleStage.onScreen(s);
    }

    /** The stage and the interface language are shared with the other UI tests: give them back. */
    @AfterEach
    void restore() throws Exception {
        monocle.restore();
    }

    /** The list window's rows, top to bottom: kind word and line each. */
    private List<String> rows(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.preflightLight().openList()).get();
        WaitForAsyncUtils.waitForFxEvents();
        Stage list = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && st != stage && st.isShowing()).findFirst().orElseThrow();
        assertEquals(title, list.getTitle());
        snapshot(list.getScene(), "preflight-list-" + Messages.bundle().getLocale() + ".png");
        return robot.from(list.getScene().getRoot()).lookup(".list-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n).filter(c -> c.getItem() instanceof Finding)
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(c -> {
                    HBox box = (HBox) c.getGraphic();
                    return ((Label) box.getChildren().get(1)).getText() + " " + ((Label) box.getChildren().get(2)).getText();
                }).toList();
    }

    private long overset() {
        return window.document().layout().stories().get("canteen").overset();
    }

    @Test
    void theListNamesThePlantedProblemInChinese(FxRobot robot) throws Exception {
        assertTrue(overset() > 100, "the planted text overflows: " + overset());
        // the sample's own warning (its photo is RGB) after the planted error
        assertEquals(List.of(
                "错误 第一版 《社区长者食堂》 超 " + overset() + " 字",
                "警告 第一版 图片 binjiang-dawn.jpg 为 RGB 色彩，输出时转为 CMYK，请核对颜色"), rows(robot, "预检结果"));
    }

    @Test
    void theListIsEnglishWhenTheInterfaceIs(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Messages.use(Locale.ENGLISH);
            window.preflightModel().refresh();
        }).get();
        assertEquals(List.of(
                "Error 第一版, frame p1-canteen, story 「社区长者食堂」 (canteen): 超 " + overset() + " 字 — "
                        + overset() + " characters do not fit the story's frames",
                "Warning 第一版, frame p1-lead-photo: image binjiang-dawn.jpg is RGB; it is converted to CMYK on export,"
                        + " check its colours"),
                rows(robot, "Preflight"));
    }

    @Test
    void switchingTheLanguageRewordsTheOpenList(FxRobot robot) throws Exception {
        assertTrue(rows(robot, "预检结果").get(0).startsWith("错误 第一版 《社区长者食堂》 超 "));
        WaitForAsyncUtils.asyncFx(() -> {
            Messages.use(Locale.ENGLISH);
            window.preflightModel().refresh();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        // the same findings, equal to the ones shown, yet the rows follow the language (the window keeps its title)
        assertTrue(rows(robot, "预检结果").get(0).startsWith("Error 第一版, frame p1-canteen, story 「社区长者食堂」"));
    }

    private Stage openFocusedList() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.preflightLight().openList()).get();
        WaitForAsyncUtils.waitForFxEvents();
        Stage list = window.preflightLight().list().stage();
        WaitForAsyncUtils.asyncFx(() -> {
            list.requestFocus();
            window.preflightLight().list().view().requestFocus();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(list.isShowing() && list.isFocused(), "the findings window has the keyboard");
        return list;
    }

    /** QA 91-quit: Escape did not close the findings window, and while it had the focus no shortcut worked. */
    @Test
    void escapeClosesTheListAndGivesTheKeyboardBack(FxRobot robot) throws Exception {
        Stage list = openFocusedList();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!list.isShowing(), "Escape closes it");
        assertTrue(stage.isFocused(), "the main window has the keyboard again");
        boolean grid = window.canvasModel().showGridProperty().get();
        robot.clickOn(window.canvas().canvas());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.QUOTE)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(!grid, window.canvasModel().showGridProperty().get(), "the main window's shortcut works");
    }

    @Test
    void theMainWindowsShortcutsWorkWhileTheListHasTheFocus(FxRobot robot) throws Exception {
        Stage list = openFocusedList();
        boolean grid = window.canvasModel().showGridProperty().get();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.QUOTE)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(!grid, window.canvasModel().showGridProperty().get(), "视图 → 网格 (Ctrl+') from the findings window");
        assertTrue(list.isShowing(), "the list stays open");
        // the list's own keys stay its own: ↓ moves to the next finding, it does not run a menu
        robot.type(javafx.scene.input.KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(list.isShowing());
    }

    @Test
    void theExportDialogListsTheFindingsInChineseToo(FxRobot robot) throws Exception {
        robot.clickOn(window.canvas().canvas());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.E)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && "导出 PDF".equals(st.getTitle()) && st.isShowing()).findFirst().orElseThrow();
        javafx.scene.control.ListView<?> list = robot.from(dialog.getScene().getRoot()).lookup("#export-findings")
                .queryAs(javafx.scene.control.ListView.class);
        ListCell<?> first = robot.from(list).lookup(".list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getIndex() == 0).findFirst().orElseThrow();
        HBox box = (HBox) first.getGraphic();
        assertEquals("第一版 《社区长者食堂》 超 " + overset() + " 字", ((Label) box.getChildren().get(2)).getText());
        snapshot(dialog.getScene(), "export-dialog-findings-zh.png");
    }

    private static void snapshot(Scene scene, String name) throws Exception {
        var shot = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = paiban.Screenshots.file(name);
        out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
    }
}
