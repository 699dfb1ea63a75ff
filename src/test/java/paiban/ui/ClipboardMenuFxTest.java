package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.model.Rect;
import paiban.model.story.FrameRef;
import paiban.ui.canvas.FrameOutline;

/**
 * QA 58-editmenu: 编辑 had no 剪切 / 复制 / 粘贴 / 全选. They act on what has the focus, and a key the
 * focused control takes itself (Ctrl+V in a field, on the canvas in text mode) does its work once, not
 * again through the menu's accelerator.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class ClipboardMenuFxTest {
    MainWindow window;
    Edition saved;
    MonocleStage monocle;

    @Start
    void start(Stage s) throws Exception {
        saved = EditionFile.read(EditionLoader.sample());
        // no autosave: these edits must not leave a copy beside the sample
        window = new MainWindow(new EditionDocument(new EditionComposer(FontLibrary.shared()), saved, EditionLoader.sample()));
        window.show(s);
        monocle = MonocleStage.onScreen(s);
    }

    @AfterEach
    void restore() throws Exception {
        monocle.restore();
    }

    private MenuItem editItem(String id) {
        MenuBar bar = (MenuBar) ((VBox) window.root().getTop()).getChildren().get(0);
        Menu edit = bar.getMenus().get(1);
        assertEquals("编辑", edit.getText());
        return edit.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void fire(String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> editItem(id).fire()).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theEditMenuNamesThemWithTheirKeys() {
        assertEquals(List.of("剪切", "复制", "粘贴", "全选"),
                List.of("menu-edit-cut", "menu-edit-copy", "menu-edit-paste", "menu-edit-selectAll").stream()
                        .map(id -> editItem(id).getText()).toList());
        assertEquals("Shortcut+V", editItem("menu-edit-paste").getAccelerator().getName());
    }

    @Test
    void onTheCanvasSelectAllSelectsEveryFrameOfThePage() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.canvas().canvas().requestFocus()).get();
        fire("menu-edit-selectAll");
        List<String> all = window.canvasModel().outlines().stream().map(FrameOutline::frameId).toList();
        assertEquals(all.size(), window.canvasModel().selectedFrameIdsProperty().get().size());
        assertEquals(saved, window.document().edition());
    }

    @Test
    void outsideTextModeCtrlCAndCtrlVCopyAFrameToAnotherPageInPlaceEvenFromThePagesPanel(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.canvas().canvas().requestFocus();
            window.canvasModel().select(List.of("p1-ad"), "p1-ad");
        }).get();
        ctrl(robot, KeyCode.C);
        // the page picked in the pages panel, which keeps the focus: Ctrl+V still pastes the frames there
        robot.clickOn(robot.lookup(".pages-panel .list-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.ListCell<?>) n).filter(c -> c.getIndex() == 2).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.canvasModel().pageIndex());
        int before = window.document().edition().pages().get(2).frames().size();
        ctrl(robot, KeyCode.V);
        var page3 = window.document().edition().pages().get(2);
        assertEquals(before + 1, page3.frames().size(), "one copy, pasted once");
        var copy = page3.frames().get(page3.frames().size() - 1);
        assertEquals(saved.frame(new FrameRef("p1", "p1-ad")).orElseThrow().bounds(), copy.bounds(), "in place");
        assertEquals(List.of(copy.id()), window.canvasModel().selectedIds());
        ctrl(robot, KeyCode.Z);
        assertEquals(saved, window.document().edition());
    }

    @Test
    void inCanvasTextModeTheMenuAndTheKeysCopyAndPasteOnce(FxRobot robot) throws Exception {
        Rect r = saved.frame(new FrameRef("p1", "p1-elevator-head")).orElseThrow().bounds();
        String before = saved.story("elevator-head").orElseThrow().text();
        WaitForAsyncUtils.asyncFx(() -> {
            window.canvas().canvas().requestFocus();
            assertTrue(window.canvasModel().text().enter("p1-elevator-head", r.x(), r.y()));
        }).get();
        fire("menu-edit-selectAll");
        fire("menu-edit-copy");
        ctrl(robot, KeyCode.END); // Ctrl+End: the story's last character, selection gone
        fire("menu-edit-paste");
        String once = window.document().edition().story("elevator-head").orElseThrow().text();
        assertEquals(before + before, once);
        ctrl(robot, KeyCode.V);
        assertEquals(before + before + before, window.document().edition().story("elevator-head").orElseThrow().text(),
                "Ctrl+V pastes once: the canvas takes the key, the menu's accelerator does not run too");
        ctrl(robot, KeyCode.A);
        fire("menu-edit-cut");
        assertEquals("", window.document().edition().story("elevator-head").orElseThrow().text());
        WaitForAsyncUtils.asyncFx(() -> { while (window.undoStack().canUndoProperty().get()) window.undoStack().undo(); }).get();
        assertEquals(saved, window.document().edition());
    }

    @Test
    void inATextFieldTheyActOnTheFieldOnce(FxRobot robot) throws Exception {
        TextField field = new TextField("甲乙");
        WaitForAsyncUtils.asyncFx(() -> {
            ((VBox) window.root().getTop()).getChildren().add(field);
            field.requestFocus();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        fire("menu-edit-selectAll");
        assertEquals("甲乙", field.getSelectedText());
        fire("menu-edit-copy");
        WaitForAsyncUtils.asyncFx(field::end).get();
        fire("menu-edit-paste");
        assertEquals("甲乙甲乙", field.getText());
        ctrl(robot, KeyCode.V);
        assertEquals("甲乙甲乙甲乙", field.getText(), "the field pastes Ctrl+V itself; the menu does not paste again");
        WaitForAsyncUtils.asyncFx(() -> ((VBox) window.root().getTop()).getChildren().remove(field)).get();
        assertEquals(saved, window.document().edition(), "the document is untouched");
    }
}
