package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Objects;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.model.Edition;
import paiban.model.frame.Frame;
import paiban.model.frame.TextFrame;
import paiban.model.unit.Units;

/**
 * The properties panel's fields as QA used them: Enter takes a frame's value,
 * each value taken is an undo step, and Ctrl+Z / Ctrl+Shift+Z pressed in a
 * field reach the document unless the field holds typing of its own.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class PropertyFieldsFxTest {
    MainWindow window;
    MonocleStage monocle;

    @Start
    void start(Stage s) {
        window = PaibanApp.openWindow(s, EditionLoader.sample());
        monocle = MonocleStage.onScreen(s);
    }

    @AfterEach
    void restore() throws Exception {
        monocle.restore();
    }

    private Frame frame(String id) {
        return window.document().edition().pages().get(0).frame(id).orElseThrow();
    }

    private void select(String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().selectedFrameIdProperty().set(id)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot, String section) {
        TitledPane pane = robot.from(window.propertiesPanel().sheet()).lookup(".titled-pane")
                .match(n -> n instanceof TitledPane p && section.equals(p.getText())).queryAs(TitledPane.class);
        // no animations: opening one section closes the one open before, and a click on a field must not land
        // where the field was half-way through either
        robot.interact(() -> robot.from(window.propertiesPanel().sheet()).lookup(".titled-pane").queryAll()
                .forEach(n -> ((TitledPane) n).setAnimated(false)));
        if (!pane.isExpanded()) robot.clickOn(pane.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        // a closed section's rows join the scene as it opens: laid out now, as the next frame would,
        // so the clicks below find the fields where the designer sees them
        for (int pass = 0; pass < 2; pass++) {
            // twice: the scroll pane around the sections settles its content in a second pass
            robot.interact(() -> {
                pane.getScene().getRoot().applyCss();
                pane.getScene().getRoot().layout();
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The editor on the sheet's row called {@code name}: the node beside its label. */
    private Node editorOf(FxRobot robot, String name) {
        Label label = robot.from(window.propertiesPanel().sheet()).lookup(".label")
                .match(n -> n instanceof Label l && name.equals(l.getText()) && l.getParent() instanceof GridPane)
                .queryAs(Label.class);
        GridPane grid = (GridPane) label.getParent();
        Integer row = GridPane.getRowIndex(label);
        return grid.getChildren().stream()
                .filter(n -> n != label && Objects.equals(GridPane.getRowIndex(n), row))
                .findFirst().orElseThrow();
    }

    private void typeInto(FxRobot robot, Node field, String text) {
        robot.clickOn(field);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(field.isFocused() || field.lookup(".text-field") != null && field.lookup(".text-field").isFocused(),
                "the click reached the field " + field + ", focus on " + field.getScene().getFocusOwner());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private void enter(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void undoKey(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void redoKey(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void closedSectionsKeepTheirRowsOutOfTheWindowUntilOpened(FxRobot robot) throws Exception {
        select("p1-lead-1");
        java.util.List<TitledPane> panes = robot.from(window.propertiesPanel().sheet()).lookup(".titled-pane")
                .queryAllAs(TitledPane.class).stream().toList();
        assertTrue(panes.size() > 3, "a text frame's sections: " + panes.size());
        for (TitledPane p : panes) {
            assertEquals(p.isExpanded(), p.getContent() != null, p.getText() + ": rows in the window only while open");
        }
        TitledPane geometry = panes.stream().filter(p -> p.getText().equals("位置与尺寸")).findFirst().orElseThrow();
        assertFalse(geometry.isExpanded());
        open(robot, "位置与尺寸");
        assertTrue(geometry.isExpanded());
        assertTrue(editorOf(robot, "高 (毫米)").isVisible(), "its rows are back as it opens");
        for (TitledPane p : panes) if (p != geometry) assertNull(p.getContent(), p.getText() + " closed, its rows out");
    }

    @Test
    void enterTakesAFrameValueEachValueIsAStepAndCtrlZInTheFieldUndoesIt(FxRobot robot) throws Exception {
        Edition saved = window.document().edition();
        int original = frame("p1-ad").bounds().height();
        select("p1-ad");
        open(robot, "位置与尺寸");
        TextField height = (TextField) editorOf(robot, "高 (毫米)");

        typeInto(robot, height, "35");
        enter(robot);
        assertEquals(Units.mm(35), frame("p1-ad").bounds().height(), "Enter takes the value");
        typeInto(robot, height, "36.7");
        enter(robot);
        assertEquals(Units.mm(36.7), frame("p1-ad").bounds().height());
        assertEquals(2, window.undoStack().depth(), "two values taken, two steps");

        typeInto(robot, height, "高");
        enter(robot);
        assertEquals("36.7", height.getText(), "a value refused gives way to the model's");
        assertEquals(2, window.undoStack().depth());

        typeInto(robot, height, "50");
        undoKey(robot);
        assertEquals(Units.mm(36.7), frame("p1-ad").bounds().height(), "typing of its own: the field's undo");
        typeInto(robot, height, "36.7");
        assertSame(height, robot.lookup(".text-field").match(Node::isFocused).query(), "the field kept the focus");

        undoKey(robot);
        assertEquals(Units.mm(35), frame("p1-ad").bounds().height(), "nothing typed: the document's undo");
        assertEquals("35.0", height.getText());
        undoKey(robot);
        assertEquals(original, frame("p1-ad").bounds().height());
        assertEquals(saved, window.document().edition());
        redoKey(robot);
        assertEquals(Units.mm(35), frame("p1-ad").bounds().height());
    }

    @Test
    void enterTakesTheColumnsOfATextFrame(FxRobot robot) throws Exception {
        select("p1-lead-1");
        open(robot, "文字");
        typeInto(robot, editorOf(robot, "分栏"), "3");
        enter(robot);
        assertEquals(3, ((TextFrame) frame("p1-lead-1")).columns());
        assertEquals(1, window.undoStack().depth());
    }

    /** QA: after 字号 (磅) taken with Enter, Ctrl+Z in 字号 (号) did nothing. */
    @Test
    void ctrlZInTheSizeDropDownUndoesTheStyle(FxRobot robot) throws Exception {
        select("p1-lead-1");
        var area = window.storyEditor().area();
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getParagraphBoundsOnScreen(1).orElseThrow()).get();
        robot.clickOn(new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + 8));
        WaitForAsyncUtils.waitForFxEvents();
        int before = window.document().edition().styles().find("正文").orElseThrow().size();

        typeInto(robot, editorOf(robot, "字号 (磅)"), "12");
        enter(robot);
        assertEquals(12_000, window.document().edition().styles().find("正文").orElseThrow().size());
        @SuppressWarnings("unchecked")
        ComboBox<String> hao = (ComboBox<String>) editorOf(robot, "字号 (号)");
        robot.clickOn(hao.getEditor());
        undoKey(robot);
        assertEquals(before, window.document().edition().styles().find("正文").orElseThrow().size());
        assertEquals("小五", hao.getEditor().getText());
        redoKey(robot);
        assertEquals(12_000, window.document().edition().styles().find("正文").orElseThrow().size());
    }

    /** 首页页码 typed in 版面设置: 0 is refused with the bound shown above the sheet, 5 is taken. */
    @Test
    void aFirstPageNumberOutOfRangeIsRefusedWithAMessage(FxRobot robot) throws Exception {
        select("");
        open(robot, "版面设置");
        Node first = editorOf(robot, "首页页码");
        Label refusal = robot.lookup("#properties-refusal").queryAs(Label.class);
        assertTrue(!refusal.isVisible());

        typeInto(robot, first, "0");
        enter(robot);
        assertTrue(refusal.isVisible());
        assertEquals("首页页码须为 1 至 9999 的整数，不能取“0”", refusal.getText());
        assertEquals(1, window.document().edition().settings().firstPageNumber());
        assertEquals(0, window.undoStack().depth());

        typeInto(robot, first, "5");
        enter(robot);
        assertEquals(5, window.document().edition().settings().firstPageNumber());
        assertTrue(!refusal.isVisible(), "a value taken clears the message");
        assertEquals(1, window.undoStack().depth());
    }
}
