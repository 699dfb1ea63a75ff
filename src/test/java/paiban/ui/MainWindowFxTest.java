package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.layout.FrameKind;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.render.fx.ScreenTransform;
import paiban.ui.canvas.CanvasStyle;
import paiban.ui.canvas.FrameOutline;
import paiban.ui.canvas.Tool;

@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class MainWindowFxTest {
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        window = new MainWindow(TestEditions.document());
        window.show(s);
    }

    private List<String> frameIds(int page) {
        return window.document().edition().pages().get(page).frames().stream().map(Frame::id).toList();
    }

    private List<String> drawnIds() {
        WaitForAsyncUtils.waitForFxEvents();
        return window.canvas().drawnOutlines().stream().map(FrameOutline::frameId).toList();
    }

    private Point2D onScreen(Rect r) {
        ScreenTransform at = window.canvas().transform();
        return window.canvas().canvas().localToScreen(at.x(r.x() + r.width() / 2), at.y(r.y() + r.height() / 2));
    }

    @Test
    void titleNamesTheEdition() {
        assertTrue(stage.getTitle().startsWith("明城日报 2026-04-25"), stage.getTitle());
    }

    @Test
    void showsPageOneWithAnOutlineForEveryFrame() {
        assertEquals(frameIds(0), drawnIds());
        assertEquals(0, window.canvasModel().pageIndex());
    }

    @Test
    void framesAreOutlinedInTheColourOfTheirKind() throws Exception {
        drawnIds();
        Rect ad = TestEditions.T.gridRect(0, 8, 80, 22);
        ScreenTransform at = window.canvas().transform();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> window.canvas().viewport().snapshot(null, null)).get();
        int x = (int) Math.floor(at.x(ad.x()));
        int y = (int) Math.round(at.y(ad.y() + ad.height() / 2));
        assertEquals(CanvasStyle.outline(FrameKind.AD), shot.getPixelReader().getColor(x, y));
        // inside the ad, away from its edges, is the paper (or what the composer put there), not the desk
        Color inside = shot.getPixelReader().getColor(x + 20, y);
        assertTrue(inside.getBrightness() > 0.5, inside.toString());
    }

    @Test
    void theWholePageFitsOnOpen() {
        WaitForAsyncUtils.waitForFxEvents();
        ScreenTransform at = window.canvas().transform();
        var page = window.canvasModel().currentLayout().orElseThrow();
        assertTrue(at.x(0) >= 0 && at.y(0) >= 0, "page starts inside the canvas");
        assertTrue(at.x(page.width()) <= window.canvas().canvas().getWidth());
        assertTrue(at.y(page.height()) <= window.canvas().canvas().getHeight());
    }

    private static ListCell<?> cell(FxRobot robot, int index) {
        return robot.lookup(".pages-panel .list-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n).filter(c -> c.getIndex() == index).findFirst().orElseThrow();
    }

    @Test
    void draggingAThumbnailOntoAnotherMovesThePage(FxRobot robot) {
        robot.drag(cell(robot, 0), javafx.scene.input.MouseButton.PRIMARY).moveTo(cell(robot, 1))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("p2", "p1"), window.document().edition().pages().stream().map(p -> p.id()).toList());
        assertEquals(1, window.canvasModel().pageIndex(), "the moved page stays shown");
        assertEquals("第二版  要闻", ((javafx.scene.control.Label) ((javafx.scene.layout.VBox) cell(robot, 1).getGraphic())
                .getChildren().get(1)).getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("p1", window.document().edition().pages().get(0).id());
    }

    @Test
    void clickingAThumbnailSwitchesThePage(FxRobot robot) {
        ListCell<?> second = cell(robot, 1);
        robot.clickOn(second);
        assertEquals(1, window.canvasModel().pageIndex());
        assertEquals(frameIds(1), drawnIds());
        assertTrue(robot.lookup("#status-page").queryLabeled().getText().startsWith("第二版"));
    }

    @Test
    void zoomButtonsAndKeysChangeTheScale(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double before = window.canvas().transform().scale();
        robot.clickOn("#zoom-in");
        double afterButton = window.canvas().transform().scale();
        assertTrue(afterButton > before, before + " → " + afterButton);
        robot.clickOn(window.canvas().canvas());
        robot.type(KeyCode.EQUALS);
        assertTrue(window.canvas().transform().scale() > afterButton);
        robot.type(KeyCode.MINUS).type(KeyCode.MINUS);
        // two steps out from two steps in: below the first step, whatever the fit zoom was
        assertTrue(window.canvas().transform().scale() < afterButton);
        assertTrue(robot.lookup("#status-zoom").queryLabeled().getText().startsWith("缩放 "));
    }

    @Test
    void aZoomStepKeepsTheSelectedFrameWhereItIs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Rect t1 = TestEditions.T.gridRect(0, 5, 10, 40);
        robot.clickOn(onScreen(t1));
        assertEquals("t1", window.canvasModel().selectedFrameIdProperty().get());
        int cx = t1.x() + t1.width() / 2, cy = t1.y() + t1.height() / 2;
        ScreenTransform before = window.canvas().transform();
        robot.clickOn("#zoom-in").clickOn("#zoom-in");
        ScreenTransform after = window.canvas().transform();
        assertTrue(after.scale() > before.scale());
        assertEquals(before.x(cx), after.x(cx), 1.0);
        assertEquals(before.y(cy), after.y(cy), 1.0);
    }

    /** 删除版面 on a page with frames asks first; 取消 keeps it, 删除 deletes it. */
    @Test
    void deletingAPageWithFramesAsksFirst(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().showPage(1)).get();
        var bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.VBox) window.root().getTop()).getChildren().get(0);
        var item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-page-delete".equals(i.getId())).findFirst().orElseThrow();
        for (String answer : List.of("取消", "删除")) {
            javafx.application.Platform.runLater(item::fire);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup(".dialog-pane .header-panel").tryQuery().isPresent(), "a question is shown");
            robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                    .filter(b -> b.getText().equals(answer)).findFirst().orElseThrow());
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(List.of("p1"), window.document().edition().pages().stream().map(p -> p.id()).toList(),
                "kept after 取消, deleted after 删除");
        assertEquals(1, window.undoStack().depth());
    }

    @Test
    void zoomStopsAt800Percent(FxRobot robot) {
        for (int i = 0; i < 25; i++) robot.clickOn("#zoom-in");
        assertEquals(8.0, window.canvasModel().zoom());
        assertTrue(window.canvas().horizontalBar().getMax() > 0, "a zoomed page can be scrolled");
    }

    @Test
    void clickingAFrameSelectsIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen(TestEditions.T.gridRect(0, 5, 10, 40)));
        assertEquals("t1", window.canvasModel().selectedFrameIdProperty().get());
        robot.clickOn(onScreen(TestEditions.T.gridRect(0, 8, 80, 22)));
        assertEquals("ad1", window.canvasModel().selectedFrameIdProperty().get());
    }

    @Test
    void aPageThumbnailFollowsAnEditOnceTheDocumentIsStill(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.function.Supplier<javafx.scene.Node> picture = () -> {
            javafx.scene.control.ListCell<?> cell = robot.lookup(".pages-panel .list-cell").queryAll().stream()
                    .map(n -> (javafx.scene.control.ListCell<?>) n).filter(c -> c.getIndex() == 0).findFirst().orElseThrow();
            return ((javafx.scene.layout.VBox) cell.getGraphic()).getChildren().get(0);
        };
        javafx.scene.Node before = picture.get();
        Rect ad = TestEditions.T.gridRect(0, 8, 80, 22);
        javafx.scene.Node[] onEdit = new javafx.scene.Node[1];
        robot.interact(() -> {
            window.undoStack().apply(new paiban.edit.MoveFrame("p1", "ad1", ad.moved(0, TestEditions.T.pitch())));
            // the list lays its cells out with the new pages, as the next frame would
            window.pages().applyCss();
            window.pages().layout();
            onEdit[0] = picture.get();
        });
        assertSame(before, onEdit[0], "no thumbnail drawn on the edit itself");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> picture.get() != before);
        assertTrue(picture.get() instanceof javafx.scene.canvas.Canvas, "the page drawn again once the document is still");
    }

    @Test
    void thePointerPositionShowsInTheStatusBar(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(onScreen(TestEditions.T.gridRect(0, 5, 10, 40)));
        javafx.scene.control.Labeled readout = robot.lookup("#status-position").queryLabeled();
        String text = readout.getText();
        assertTrue(text.startsWith("X ") && text.contains("毫米") && text.contains("字"), text);
        // the readout's place is fixed: a new text moves nothing else on the bar
        double zoomAt = robot.lookup("#status-zoom").query().getLayoutX(), width = readout.getWidth();
        assertTrue(readout.isVisible() && width > 200, "the readout has its place: " + width);
        robot.moveTo(onScreen(TestEditions.T.gridRect(0, 8, 80, 22)));
        assertTrue(!text.equals(readout.getText()), "the readout follows the pointer");
        assertEquals(zoomAt, robot.lookup("#status-zoom").query().getLayoutX(), "the zoom label stays where it was");
        assertEquals(width, readout.getWidth());
    }

    @Test
    void draggingAFrameMovesItOnTheGridAndCtrlZUndoes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Rect start = TestEditions.T.gridRect(0, 8, 80, 22);
        double scale = window.canvas().transform().scale();
        // drag the ad down by about three grid lines
        double dy = 3 * TestEditions.T.pitch() * scale;
        robot.drag(onScreen(start), javafx.scene.input.MouseButton.PRIMARY).moveBy(0, dy / 2).moveBy(0, dy / 2 + 1).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Rect now = window.document().edition().page("p1").orElseThrow().frame("ad1").orElseThrow().bounds();
        assertEquals(TestEditions.T.gridRect(0, 8, 83, 22), now);
        assertEquals("ad1", window.canvasModel().selectedFrameIdProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start, window.document().edition().page("p1").orElseThrow().frame("ad1").orElseThrow().bounds());
    }

    @Test
    void aClickDoesNotMoveAFrame(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen(TestEditions.T.gridRect(0, 5, 10, 40)));
        assertEquals(0, window.undoStack().depth());
    }

    @Test
    void thePropertiesPanelShowsTheSelectedFrame(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var sheet = window.root().lookup("#properties-sheet");
        assertTrue(((org.controlsfx.control.PropertySheet) sheet).getItems().stream()
                .anyMatch(i -> i.getName().equals("栏目") && "要闻".equals(i.getValue())));
        robot.clickOn(onScreen(TestEditions.T.gridRect(0, 8, 80, 22)));
        assertTrue(((org.controlsfx.control.PropertySheet) sheet).getItems().stream()
                .anyMatch(i -> i.getName().equals("广告客户") && "明城银行".equals(i.getValue())));
    }

    @Test
    void ctrlWheelZoomsAboutThePointer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // at 100 % the page is larger than the view, so every point can stay where it is
        var c = window.canvas().canvas();
        WaitForAsyncUtils.asyncFx(() -> window.canvas().zoomAround(1.0, c.getWidth() / 2, c.getHeight() / 2)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Point2D p = c.localToScreen(c.getWidth() / 3, c.getHeight() / 3);
        ScreenTransform at = window.canvas().transform();
        double pageX = at.pageX(c.getWidth() / 3), pageY = at.pageY(c.getHeight() / 3);
        // the wheel's sign differs between robots; what matters is the zoom changes and the point stays put
        robot.moveTo(p).press(KeyCode.CONTROL).scroll(2, javafx.geometry.VerticalDirection.DOWN).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Math.abs(window.canvasModel().zoom() - 1.0) > 0.1, "zoom " + window.canvasModel().zoom());
        ScreenTransform after = window.canvas().transform();
        assertEquals(c.getWidth() / 3, after.x((int) Math.round(pageX)), 1.0);
        assertEquals(c.getHeight() / 3, after.y((int) Math.round(pageY)), 1.0);
    }

    @Test
    void ctrlWheelFromTheWholePageKeepsThePointUnderThePointer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var c = window.canvas().canvas();
        WaitForAsyncUtils.asyncFx(() -> window.canvas().fitPage()).get();
        WaitForAsyncUtils.waitForFxEvents();
        // a point three quarters across the whole page, right of the centre where a small page used to stay
        ScreenTransform fit = window.canvas().transform();
        double fitZoom = window.canvasModel().zoom();
        int pageX = TestEditions.T.trimWidth() * 3 / 4, pageY = TestEditions.T.trimHeight() / 3;
        double px = fit.x(pageX), py = fit.y(pageY);
        for (int notch = 0; notch < 6; notch++) {
            double zoom = window.canvasModel().zoom() * 1.15;
            WaitForAsyncUtils.asyncFx(() -> window.canvas().zoomAround(zoom, px, py)).get();
            ScreenTransform at = window.canvas().transform();
            assertEquals(px, at.x(pageX), 1.0, "notch " + notch);
            assertEquals(py, at.y(pageY), 1.0, "notch " + notch);
        }
        assertTrue(window.canvasModel().zoom() > fitZoom * 2, "zoomed in well past the whole page");
    }

    @Test
    void theWheelScrollsThePageAndThePointersPositionFollows() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var c = window.canvas().canvas();
        WaitForAsyncUtils.asyncFx(() -> window.canvas().zoomAround(1.0, c.getWidth() / 2, c.getHeight() / 2)).get();
        // the event's x and y are scene coordinates; the canvas sees them in its own
        Point2D local = c.sceneToLocal(300, 300);
        double before = window.canvas().transform().pageY(local.getY());
        WaitForAsyncUtils.asyncFx(() -> javafx.event.Event.fireEvent(c, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, 300, 300, 0, 0, false, false, false, false, false, false,
                0, -120, 0, -120, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null))).get();
        WaitForAsyncUtils.waitForFxEvents();
        ScreenTransform at = window.canvas().transform();
        assertTrue(at.pageY(local.getY()) > before, "scrolled down the page");
        // without a mouse move, the status bar has the point now under the pointer
        assertEquals(new paiban.ui.canvas.PagePoint((int) Math.round(at.pageX(local.getX())),
                (int) Math.round(at.pageY(local.getY()))), window.canvasModel().pointerProperty().get());
    }

    @Test
    void spaceDragPans(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 4; i++) robot.clickOn("#zoom-in");
        robot.clickOn(window.canvas().canvas());
        double h = window.canvas().horizontalBar().getValue(), v = window.canvas().verticalBar().getValue();
        String selectedBefore = window.canvasModel().selectedFrameIdProperty().get();
        robot.press(KeyCode.SPACE);
        robot.drag(window.canvas().canvas(), javafx.scene.input.MouseButton.PRIMARY).moveBy(-120, -80)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        robot.release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(h + 120, window.canvas().horizontalBar().getValue(), 2);
        assertEquals(v + 80, window.canvas().verticalBar().getValue(), 2);
        assertEquals(selectedBefore, window.canvasModel().selectedFrameIdProperty().get(), "panning selects nothing");
        assertEquals(0, window.undoStack().depth(), "panning moves no frame");
    }

    @Test
    void wheelAwayFromTheUserZoomsIn() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        double before = window.canvasModel().zoom();
        var c = window.canvas().canvas();
        WaitForAsyncUtils.asyncFx(() -> javafx.event.Event.fireEvent(c, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, 200, 200, 0, 0, false, true, false, false, false, false,
                0, 40, 0, 40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before * 1.15, window.canvasModel().zoom(), 1e-9);
    }

    @Test
    void shiftAsTheDragEndsDrawsAVerticalHeadline(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var c = window.canvas().canvas();
        WaitForAsyncUtils.asyncFx(() -> window.canvas().zoomAround(1.0, 0, 0)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Rect area = TestEditions.T.gridRect(0, 3, 3, 6);
        ScreenTransform at = window.canvas().transform();
        robot.clickOn("#tool-headline");
        robot.drag(c.localToScreen(at.x(area.x()) + 2, at.y(area.y()) + 2), javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(c.localToScreen(at.x(area.right()) - 2, at.y(area.bottom()) - 2))
                .press(KeyCode.SHIFT).release(javafx.scene.input.MouseButton.PRIMARY).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        String id = window.canvasModel().selectedFrameIdProperty().get();
        var frame = (paiban.model.frame.HeadlineFrame) window.document().edition().page("p1").orElseThrow().frame(id).orElseThrow();
        assertEquals(paiban.model.frame.WritingMode.VERTICAL, frame.writingMode());
        assertEquals(area, frame.bounds());
    }

    @Test
    void drawAnAdFrameWithItsToolThenDeleteIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // at 100 % a grid line is 18 px, so the pointer's few pixels of slack cannot reach the next line
        var c = window.canvas().canvas();
        WaitForAsyncUtils.asyncFx(() -> window.canvas().zoomAround(1.0, 0, 0)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Rect area = TestEditions.T.gridRect(0, 3, 3, 6);
        ScreenTransform at = window.canvas().transform();
        robot.clickOn("#tool-ad");
        assertEquals(Tool.AD, window.canvasModel().toolProperty().get());
        robot.drag(c.localToScreen(at.x(area.x()) + 2, at.y(area.y()) + 2), javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(c.localToScreen(at.x(area.right()) - 2, at.y(area.bottom()) - 2))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        String id = window.canvasModel().selectedFrameIdProperty().get();
        assertEquals("ad-1", id);
        assertEquals(area, window.document().edition().page("p1").orElseThrow().frame(id).orElseThrow().bounds());
        assertEquals(frameIds(0), drawnIds());
        robot.type(KeyCode.ESCAPE);
        assertEquals(Tool.SELECT, window.canvasModel().toolProperty().get());
        robot.clickOn(onScreen(area)).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.document().edition().page("p1").orElseThrow().frame(id).isEmpty());
    }

    @Test
    void singleKeysPickTools(FxRobot robot) {
        robot.clickOn(window.canvas().canvas());
        robot.type(KeyCode.T);
        assertEquals(Tool.TEXT, window.canvasModel().toolProperty().get());
        assertTrue(robot.lookup("#tool-text").queryAs(ToggleButton.class).isSelected());
        robot.type(KeyCode.V);
        assertEquals(Tool.SELECT, window.canvasModel().toolProperty().get());
    }

    @Test
    void threadAFrameToAFrameOnAnotherPage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tool-thread");
        robot.clickOn(onScreen(TestEditions.T.gridRect(5, 3, 34, 4)));   // cap1 on page 1
        robot.clickOn(cell(robot, 1));                                      // to page 2
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen(TestEditions.T.gridRect(4, 4, 3, 60)));   // t3 on page 2
        var story = window.document().edition().storyOfFrame("t3").orElseThrow();
        assertEquals(List.of("cap1", "t3"), story.chain().stream().map(r -> r.frameId()).toList());
        assertEquals(1, window.undoStack().depth());
    }

    @Test
    void thePreflightLightFollowsChangesOnceTheyPause(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var findings = window.preflightModel().findings();
        // the first check runs in the background once the window is up
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> findings.stream().anyMatch(f -> f.frameId().equals("img1")));
        robot.interact(() -> {
            window.canvasModel().selectedFrameIdProperty().set("img1");
            window.canvasModel().edits().deleteSelected();
        });
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> findings.stream().noneMatch(f -> f.frameId().equals("img1")));
        String light = robot.lookup("#preflight-summary").queryLabeled().getText();
        assertEquals(window.preflightModel().summaryProperty().get(), light);
        assertTrue(light.startsWith("预检通过") || light.contains("个错误"), light);
    }

    @Test
    void anEditOnPageTwoKeepsPageTwoShown(FxRobot robot) {
        robot.clickOn(cell(robot, 1));
        robot.interact(() -> window.undoStack().apply(new paiban.edit.MoveFrame("p2", "t3",
                TestEditions.T.gridRect(4, 4, 4, 60))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.canvasModel().pageIndex());
        assertEquals(1, window.pages().getSelectionModel().getSelectedIndex());
    }
}
