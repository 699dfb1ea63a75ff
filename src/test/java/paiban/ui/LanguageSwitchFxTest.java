package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.model.Edition;
import paiban.model.story.Story;
import paiban.ui.canvas.Tool;
import paiban.ui.edit.UndoStack;
import paiban.ui.files.DocumentFiles;

/** 视图 → 界面语言 on the running window: every text changes at once, nothing of the work does. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class LanguageSwitchFxTest {
    MainWindow window;
    Stage stage;
    Path settings;
    String oldSettings;

    @Start
    void start(Stage s) throws Exception {
        oldSettings = System.getProperty("paiban.settings");
        settings = Files.createTempDirectory("paiban-lang");
        System.setProperty("paiban.settings", settings.toString());
        stage = s;
        window = new MainWindow(TestEditions.document());
        window.show(s);
    }

    @AfterEach
    void restore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Messages.use(InterfaceLanguage.CHINESE)).get();
        if (oldSettings == null) System.clearProperty("paiban.settings");
        else System.setProperty("paiban.settings", oldSettings);
    }

    private MenuBar menuBar(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class);
    }

    private static List<MenuItem> allItems(MenuBar bar) {
        List<MenuItem> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) collect(m, out);
        return out;
    }

    private static void collect(MenuItem item, List<MenuItem> out) {
        out.add(item);
        if (item instanceof Menu m) for (MenuItem child : m.getItems()) collect(child, out);
    }

    private static boolean hasHan(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Every text the window itself sets (not the edition's: page names, story text, section names). */
    private List<String> interfaceTexts(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        for (MenuItem m : allItems(menuBar(robot))) {
            // each language is named in its own language, and the recent list holds file names
            if (m.getId() != null && (m.getId().startsWith("menu-language-"))) continue;
            if (m.getParentMenu() != null && "menu-recent".equals(m.getParentMenu().getId())
                    && !m.getText().equals(Messages.get("menu.file.recent.none"))) continue;
            if (m.getText() != null) texts.add(m.getText());
        }
        labels(robot.lookup(".tool-bar").query(), texts);
        List<String> panel = new ArrayList<>();
        labels(robot.lookup(".properties-panel").query(), panel);
        // the style section's title names the edition's style: 段落样式「正文」 / Paragraph style “正文”
        for (String t : panel) {
            for (var style : window.document().edition().styles().paragraphStyles()) {
                t = t.replace("「" + style.name() + "」", "").replace("“" + style.name() + "”", "");
            }
            texts.add(t);
        }
        texts.add(robot.lookup("#status-zoom").queryLabeled().getText());
        texts.add(robot.lookup("#status-copyfit").queryLabeled().getText());
        texts.add(robot.lookup("#story-copyfit").queryLabeled().getText());
        texts.add(robot.lookup("#preflight-summary").queryLabeled().getText());
        return texts;
    }

    private static void labels(Node node, List<String> out) {
        // the properties sheet's values are the edition's (names, advertiser); its names and categories are ours
        if (node instanceof Labeled l && l.getText() != null && !l.getStyleClass().contains("text-field")) out.add(l.getText());
        if (node instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) labels(c, out);
    }

    private void chooseLanguage(FxRobot robot, String menuText, String languageText, String item) {
        robot.clickOn(menuText);
        robot.clickOn(languageText);
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void englishAndBackKeepTheWork(FxRobot robot) throws Exception {
        // some work: a frame moved, page 2 shown, zoomed, a frame of the story selected, the text tool
        WaitForAsyncUtils.asyncFx(() -> {
            window.canvasModel().selectedFrameIdProperty().set("ad1");
            window.canvasModel().edits().nudge(1, 0);
            window.canvasModel().edits().nudge(0, 1);
            window.canvasModel().showPage(1);
            window.canvas().zoomAround(0.5, 100, 100);
            window.canvasModel().selectedFrameIdProperty().set("t2");
            window.canvasModel().toolProperty().set(Tool.TEXT);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Edition edition = window.document().edition();
        UndoStack undo = window.undoStack();
        DocumentFiles files = window.files();
        double zoom = window.canvasModel().zoom();
        Story story = window.storyModel().story();
        assertEquals("s1", story.id());
        assertEquals("视图", menuBar(robot).getMenus().get(3).getText());
        assertTrue(window.document().isDirty());

        // the findings window, once open, follows too
        WaitForAsyncUtils.asyncFx(() -> window.preflightLight().openList()).get();
        WaitForAsyncUtils.asyncFx(stage::toFront).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("预检结果", window.preflightLight().list().stage().getTitle());

        chooseLanguage(robot, "视图", "界面语言", "English");

        assertEquals(List.of("File", "Edit", "Arrange", "View", "Pages", "Text", "Help"), menuBar(robot).getMenus().stream().map(Menu::getText).toList());
        List<String> english = interfaceTexts(robot);
        assertTrue(english.stream().noneMatch(LanguageSwitchFxTest::hasHan),
                "half translated: " + english.stream().filter(LanguageSwitchFxTest::hasHan).toList());
        assertTrue(robot.lookup("#status-zoom").queryLabeled().getText().startsWith("Zoom")
                || !hasHan(robot.lookup("#status-zoom").queryLabeled().getText()));
        assertTrue(robot.lookup("#story-title").queryLabeled().getText().startsWith("Story"),
                robot.lookup("#story-title").queryLabeled().getText());
        assertTrue(window.propertiesModel().row("Left (mm)").isPresent(), "the properties panel speaks English");
        snapshot("main-window-en.png");
        Stage findings = window.preflightLight().list().stage();
        assertEquals("Preflight", findings.getTitle());
        List<String> listTexts = new ArrayList<>();
        labels(findings.getScene().getRoot(), listTexts);
        assertTrue(listTexts.contains(Messages.get("preflight.hint")), listTexts.toString());
        // the findings' own words and page names are preflight's and the edition's; the tags are ours
        assertTrue(listTexts.contains("Error") && listTexts.contains("Warning"), listTexts.toString());
        assertFalse(listTexts.contains("错误") || listTexts.contains("警告"), listTexts.toString());

        // the same work: the same document, history, files, page, zoom, selection, tool and story
        assertSame(edition, window.document().edition());
        assertSame(undo, window.undoStack());
        assertSame(files, window.files());
        assertEquals(2, undo.depth());
        assertTrue(window.document().isDirty());
        assertEquals(1, window.canvasModel().pageIndex());
        assertEquals(zoom, window.canvasModel().zoom());
        assertEquals("t2", window.canvasModel().selectedFrameIdProperty().get());
        assertEquals(Tool.TEXT, window.canvasModel().toolProperty().get());
        assertSame(story, window.storyModel().story());
        assertEquals(Optional.of(InterfaceLanguage.ENGLISH), InterfaceLanguage.saved(settings), "kept for the next start");
        if (System.getProperty("paiban.lang") == null && System.getenv("PAIBAN_LANG") == null) {
            assertEquals(InterfaceLanguage.ENGLISH, InterfaceLanguage.atStart(), "the next start speaks English");
        }

        // Ctrl+Z still undoes one step, not one per menu bar ever built
        robot.clickOn(window.canvas().canvas());
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().toolProperty().set(Tool.SELECT)).get();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, undo.depth());

        chooseLanguage(robot, "View", "Language", "中文");
        assertEquals(List.of("文件", "编辑", "排列", "视图", "版面", "文字", "帮助"), menuBar(robot).getMenus().stream().map(Menu::getText).toList());
        assertTrue(window.propertiesModel().row("左 (毫米)").isPresent());
        assertTrue(robot.lookup("#story-title").queryLabeled().getText().startsWith("稿件"),
                robot.lookup("#story-title").queryLabeled().getText());
        assertEquals(Optional.of(InterfaceLanguage.CHINESE), InterfaceLanguage.saved(settings));
        assertEquals(1, undo.depth());
        assertEquals(1, window.canvasModel().pageIndex());
        snapshot("main-window-zh.png");
        assertFalse(interfaceTexts(robot).isEmpty());
    }

    private void snapshot(String name) throws Exception {
        var shot = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = paiban.Screenshots.file(name);
        out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
    }
}
