package paiban.ui.canvas.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.compose.table.TableLayout;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableFrame;
import paiban.render.fx.ScreenTransform;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.MainWindow;
import paiban.ui.Messages;
import paiban.ui.MonocleStage;
import paiban.ui.TestEditions;

/**
 * Issue 19's editor scenario on the real window: draw a table with the
 * toolbar's 表格框, double-click its first cell, type, Tab to the next cell
 * and type, add a row from the context menu, and undo it all step by step.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class TableCanvasFxTest {
    MainWindow window;
    MonocleStage monocle;

    @Start
    void start(Stage s) {
        window = new MainWindow(new EditionDocument(TestEditions.COMPOSER, TestEditions.twoPages(), null));
        window.show(s);
        monocle = MonocleStage.onScreen(s);
    }

    @AfterEach
    void restore() throws Exception {
        monocle.restore();
    }

    private Point2D screen(int x, int y) {
        ScreenTransform at = window.canvas().transform();
        return window.canvas().canvas().localToScreen(at.x(x), at.y(y));
    }

    private TableCellModel cells() { return window.canvasModel().table(); }

    private TableFrame table(String id) {
        return (TableFrame) window.canvasModel().currentPage().orElseThrow().frame(id).orElseThrow();
    }

    private Point2D cellCentre(String id, int row, int col) {
        TableLayout l = cells().layoutOf(table(id)).orElseThrow();
        Rect r = l.cells().stream().filter(b -> b.row() == row && b.col() == col).findFirst().orElseThrow().box();
        return screen(r.x() + r.width() / 2, r.y() + r.height() / 2);
    }

    private String text(String id, int row, int col) {
        return table(id).rows().get(row).get(col).text();
    }

    private String drawTable(FxRobot robot) {
        Rect r = TestEditions.T.gridRect(0, 4, 55, 20);
        robot.clickOn("#tool-table");
        List<String> before = window.canvasModel().currentPage().orElseThrow().frames().stream().map(Frame::id).toList();
        robot.moveTo(screen(r.x(), r.y())).press(MouseButton.PRIMARY).moveTo(screen(r.x() + r.width() / 2, r.y() + r.height() / 2))
                .moveTo(screen(r.right(), r.bottom())).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> added = window.canvasModel().currentPage().orElseThrow().frames().stream().map(Frame::id)
                .filter(id -> !before.contains(id)).toList();
        assertEquals(1, added.size(), "one table drawn: " + added);
        robot.clickOn("#tool-select");
        return added.get(0);
    }

    @Test
    void createTypeTabAddARowAndUndo(FxRobot robot) {
        String id = drawTable(robot);
        int depth = window.undoStack().depth();
        robot.doubleClickOn(cellCentre(id, 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cells().active(), "double-click on a table enters cell mode");
        assertEquals(0, cells().cursor().row());
        assertEquals(0, cells().cursor().col());

        robot.write("指数");
        robot.type(KeyCode.TAB);
        robot.write("收盘");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("指数", text(id, 0, 0));
        assertEquals("收盘", text(id, 0, 1));
        assertEquals(1, cells().cursor().col(), "Tab went to the next cell and kept the focus on the canvas");
        assertEquals(depth + 2, window.undoStack().depth(), "the typing in each cell is one undo step");
        assertTrue(window.document().layout().page("p1").orElseThrow().lines().stream()
                .anyMatch(l -> l.text().equals("收盘")), "the page shows the typed cell");

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.DOWN);
        robot.write("上证");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("上证", text(id, 1, 0), "Shift+Tab back, Down to the row below");

        // Monocle sends no context-menu request for a right-click: the event a desktop sends is fired here
        Point2D at = cellCentre(id, 1, 0);
        var canvas = window.canvas().canvas();
        Point2D scene = canvas.localToScene(canvas.screenToLocal(at)); // a fired event takes scene coordinates
        robot.interact(() -> javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(), at.getX(), at.getY(),
                false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ContextMenu menu = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .map(w -> (javafx.scene.control.ContextMenu) w).findFirst().orElseThrow();
        var below = menu.getItems().stream().filter(i -> "table-rowBelow".equals(i.getId())).findFirst().orElseThrow();
        assertEquals(Messages.get("table.rowBelow"), below.getText());
        robot.interact(() -> {
            below.fire();
            menu.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, table(id).rows().size(), "a row was added from the context menu");
        assertEquals("", text(id, 2, 0));
        assertEquals(2, cells().cursor().row(), "the cursor went to the new row");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, table(id).rows().size(), "undo takes the row back");
        assertEquals("上证", text(id, 1, 0));
        for (int i = 0; i < 3; i++) robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new TableCell(""), new TableCell(""), new TableCell("")), table(id).rows().get(0),
                "three more undos take the typing back, cell by cell");
        assertEquals(depth, window.undoStack().depth());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(cells().active(), "Escape leaves cell mode");
    }
}
