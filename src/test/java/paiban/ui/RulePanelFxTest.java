package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Objects;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

import paiban.layout.PathMark;
import paiban.model.Edition;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.RuleStyle;
import paiban.model.style.Cmyk;

/** 线条 in the properties panel: a rule's weight, style (a 花边) and colour set by hand, each step undone with Ctrl+Z. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class RulePanelFxTest {
    static final String RULE = "p1-rule-lead";
    MainWindow window;
    MonocleStage monocle;
    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        window = PaibanApp.openWindow(s, EditionLoader.sample());
        monocle = MonocleStage.onScreen(s);
    }

    @AfterEach
    void restore() throws Exception {
        monocle.restore();
    }

    private RuleFrame rule() {
        return (RuleFrame) window.document().edition().pages().get(0).frame(RULE).orElseThrow();
    }

    private Node editorOf(FxRobot robot, String name) {
        Label label = robot.from(window.propertiesPanel().sheet()).lookup(".label")
                .match(n -> n instanceof Label l && name.equals(l.getText()) && l.getParent() instanceof GridPane)
                .queryAs(Label.class);
        GridPane grid = (GridPane) label.getParent();
        Integer row = GridPane.getRowIndex(label);
        return grid.getChildren().stream().filter(n -> n != label && Objects.equals(GridPane.getRowIndex(n), row))
                .findFirst().orElseThrow();
    }

    private void open(FxRobot robot, String section) {
        robot.interact(() -> robot.from(window.propertiesPanel().sheet()).lookup(".titled-pane").queryAll()
                .forEach(n -> ((TitledPane) n).setAnimated(false)));
        TitledPane pane = robot.from(window.propertiesPanel().sheet()).lookup(".titled-pane")
                .match(n -> n instanceof TitledPane p && section.equals(p.getText())).queryAs(TitledPane.class);
        if (!pane.isExpanded()) robot.clickOn(pane.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, Node field, String text) {
        robot.clickOn(field);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long patternMarks() {
        return window.document().layout().page("p1").orElseThrow().marks().stream().filter(m -> m instanceof PathMark).count();
    }

    @Test
    void aRuleGetsAWeightAPatternAndAColourAndUndoTakesEachBack(FxRobot robot) throws Exception {
        Edition saved = window.document().edition();
        RuleFrame before = rule();
        long pathsBefore = patternMarks();
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().selectedFrameIdProperty().set(RULE)).get();
        WaitForAsyncUtils.waitForFxEvents();
        open(robot, "线条");

        type(robot, editorOf(robot, "线条粗细 (磅)"), "1.5");
        assertEquals(1500, rule().weight(), "the weight typed");
        assertEquals(1, window.undoStack().depth());

        @SuppressWarnings("unchecked")
        ComboBox<String> style = (ComboBox<String>) editorOf(robot, "线型");
        assertTrue(style.getItems().contains("花边·回纹"), style.getItems().toString());
        robot.clickOn(style);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("花边·回纹");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RuleStyle.KEY, rule().style(), "the pattern picked");
        assertEquals(13_500, rule().weight(), "a 花边's weight snaps to one whole grid line");
        assertTrue(patternMarks() > pathsBefore, "the 回纹 is drawn as a path");
        assertEquals(2, window.undoStack().depth());

        type(robot, editorOf(robot, "线条颜色"), "C0 M100 Y100 K0");
        assertEquals(Cmyk.RED, rule().color());
        assertEquals(3, window.undoStack().depth(), "three edits, three steps");

        type(robot, editorOf(robot, "线条粗细 (磅)"), "0");
        assertEquals(3, window.undoStack().depth(), "a weight of 0 is refused");
        assertTrue(robot.lookup("#properties-refusal").queryAs(Label.class).isVisible(), "and the refusal is shown");

        undo(robot);
        assertEquals(Cmyk.BLACK, rule().color());
        undo(robot);
        assertEquals(before.style(), rule().style());
        undo(robot);
        assertEquals(before, rule());
        assertEquals(saved, window.document().edition());
        assertEquals(pathsBefore, patternMarks());
    }
}
