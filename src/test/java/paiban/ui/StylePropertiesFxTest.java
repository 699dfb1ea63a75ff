package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.model.Edition;
import paiban.model.style.ParagraphStyle;

/** A click into the story editor brings the paragraph's style into the properties panel, where it can be edited. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class StylePropertiesFxTest {
    MainWindow window;

    @Start
    void start(Stage s) {
        window = PaibanApp.openWindow(s, EditionLoader.sample());
    }

    private ParagraphStyle style(String name) {
        return window.document().edition().styles().find(name).orElseThrow();
    }

    private void clickParagraph(FxRobot robot, int paragraph) throws Exception {
        var area = window.storyEditor().area();
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getParagraphBoundsOnScreen(paragraph).orElseThrow()).get();
        robot.clickOn(new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + 8));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paragraph, area.getCurrentParagraph());
    }

    /** The editor on the sheet's row called {@code name}: the node beside its label. */
    private Node editorOf(FxRobot robot, String name) {
        Label label = robot.from(window.propertiesPanel().sheet()).lookup(".label")
                .match(n -> n instanceof Label l && name.equals(l.getText()) && l.getParent() instanceof GridPane)
                .queryAs(Label.class);
        GridPane grid = (GridPane) label.getParent();
        Integer row = GridPane.getRowIndex(label);
        return grid.getChildren().stream()
                .filter(n -> n != label && java.util.Objects.equals(GridPane.getRowIndex(n), row))
                .findFirst().orElseThrow();
    }

    @Test
    void theStyleAtTheCaretIsShownEditedAndABadValueRefused(FxRobot robot) throws Exception {
        Edition saved = window.document().edition();
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().selectedFrameIdProperty().set("p1-lead-1")).get();
        WaitForAsyncUtils.waitForFxEvents();

        clickParagraph(robot, 1);
        assertEquals("段落样式「正文」", window.propertiesPanel().expandedCategory(),
                "working in the story opens the style of its paragraph");
        @SuppressWarnings("unchecked")
        ComboBox<String> size = (ComboBox<String>) editorOf(robot, "字号 (号)");
        assertEquals("小五", size.getValue());
        TextField pt = (TextField) editorOf(robot, "字号 (磅)");
        assertEquals("9.0", pt.getText());

        robot.clickOn(size.getEditor());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("小四");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12_000, style("正文").size());
        assertEquals(1, window.undoStack().depth());
        assertEquals("12.0", ((TextField) editorOf(robot, "字号 (磅)")).getText());

        TextField indent = (TextField) editorOf(robot, "首行缩进 (字)");
        robot.clickOn(indent);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("-1");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2.0, style("正文").indentChars());
        assertEquals("2.0", indent.getText(), "the refused value gives way to the style's own");
        assertEquals(1, window.undoStack().depth());

        snapshotPanel("style-properties.png");

        clickParagraph(robot, 0);
        assertEquals("段落样式「电头」", window.propertiesPanel().expandedCategory());
        robot.clickOn(window.canvas().canvas());
        WaitForAsyncUtils.waitForFxEvents();
        String open = window.propertiesPanel().expandedCategory();
        assertTrue(open.equals("图框") || open.equals("版面"), "back on the canvas, the selection's section opens: " + open);

        WaitForAsyncUtils.asyncFx(() -> window.undoStack().undo()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved, window.document().edition());
    }

    @Test
    void withoutAStoryThereIsNoStyleSection() {
        assertTrue(window.propertiesModel().styleCategory().isEmpty(), window.propertiesModel().styleCategory().toString());
    }

    private void snapshotPanel(String name) throws Exception {
        var shot = WaitForAsyncUtils.asyncFx(() -> window.propertiesPanel().snapshot(null, null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = paiban.Screenshots.file(name);
        out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
    }
}
