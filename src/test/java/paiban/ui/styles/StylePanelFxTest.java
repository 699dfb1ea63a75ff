package paiban.ui.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleRole;
import paiban.ui.MainWindow;
import paiban.ui.TestEditions;
import paiban.edit.RestyleParagraphs;
import paiban.ui.InLanguage;

/**
 * The style panel as a designer uses it: 文字 → 样式…, a new style based on
 * 正文 given to a paragraph, renamed, deleted with its paragraph moved back to
 * 正文, and every step undone.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class StylePanelFxTest {
    MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(TestEditions.document());
        window.show(stage);
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Edition edition() { return window.document().edition(); }

    @Test
    void createRenameDeleteAndUndoEverything(FxRobot robot) throws Exception {
        Edition before = edition();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem open = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-text-styles".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("样式…", open.getText());
        fx(open::fire);
        ListView<?> list = robot.lookup("#style-list").queryAs(ListView.class);
        assertEquals(before.styles().paragraphStyles().size(), list.getItems().size());
        assertEquals("正文", list.getSelectionModel().getSelectedItem());

        fx(robot.lookup("#style-new").queryAs(Button.class)::fire);
        ParagraphStyle made = edition().styles().find("新样式").orElseThrow();
        assertEquals("正文", made.basedOn());
        assertEquals(StyleRole.BODY, made.role());
        assertEquals("新样式", list.getSelectionModel().getSelectedItem());
        StylePreview preview = robot.lookup("#style-preview").queryAs(StylePreview.class);
        assertTrue(preview.shown().lines().stream().anyMatch(l -> !((LineBox) l).text().isEmpty()), "the preview is composed");

        String story = edition().stories().get(0).id();
        fx(() -> window.undoStack().apply(new RestyleParagraphs(story, 0, 0, "新样式")));

        TextField name = robot.lookup("#style-name").queryAs(TextField.class);
        fx(() -> name.setText("导语"));
        fx(robot.lookup("#style-rename").queryAs(Button.class)::fire);
        assertTrue(edition().styles().find("新样式").isEmpty());
        assertEquals("正文", edition().styles().find("导语").orElseThrow().basedOn());
        assertEquals("导语", edition().story(story).orElseThrow().paragraphs().get(0).style(), "the paragraph follows the rename");

        fx(() -> robot.lookup("#style-name").queryAs(TextField.class).setText("主题"));
        fx(robot.lookup("#style-rename").queryAs(Button.class)::fire);
        assertEquals("已有名为「主题」的段落样式。", robot.lookup("#style-refusal").queryLabeled().getText());
        assertTrue(edition().styles().find("导语").isPresent(), "a taken name is refused");

        @SuppressWarnings("unchecked")
        ComboBox<String> moveTo = robot.lookup("#style-move-to").queryAs(ComboBox.class);
        fx(() -> moveTo.setValue("正文"));
        fx(robot.lookup("#style-delete").queryAs(Button.class)::fire);
        assertTrue(edition().styles().find("导语").isEmpty());
        assertEquals("正文", edition().story(story).orElseThrow().paragraphs().get(0).style(), "the paragraph moved to 正文");
        assertFalse(list.getItems().contains("导语"));

        fx(() -> {
            for (int i = 0; i < 4; i++) window.undoStack().undo();
        });
        assertEquals(before, edition(), "delete, rename, restyle and create all undone");
        assertFalse(window.undoStack().canUndoProperty().get());
    }

    @Test
    void aScreenshotOfThePanelOnTheTitleStyle(FxRobot robot) throws Exception {
        Stage styles = WaitForAsyncUtils.asyncFx(() -> window.openStyles()).get();
        ListView<?> list = robot.lookup("#style-list").queryAs(ListView.class);
        fx(() -> list.getSelectionModel().select(list.getItems().indexOf("主题")));
        WaitForAsyncUtils.asyncFx(() -> styles.getScene().snapshot(null)).get();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> styles.getScene().snapshot(null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = paiban.Screenshots.file("style-panel.png");
        ImageIO.write(img, "png", out);
        assertTrue(img.getWidth() > 600, "the panel's window: " + img.getWidth());
    }
}
