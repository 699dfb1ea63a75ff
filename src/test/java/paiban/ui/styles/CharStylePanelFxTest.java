package paiban.ui.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import paiban.edit.LineCarets;
import paiban.edit.StoryLines;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.story.CharRun;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.FontFamily;
import paiban.ui.MainWindow;
import paiban.ui.TestEditions;
import paiban.ui.canvas.text.CanvasTextModel;

/**
 * Character styles as a designer makes them in the style panel: a new one,
 * renamed 小标宋红, set in 标宋 at 五号 in red through the property sheet (the
 * live preview composes it), laid over a selection in the story editor and,
 * through the right-click menu, on the canvas; then everything undone, one
 * step at a time, back to the edition as it was.
 */
@ExtendWith(ApplicationExtension.class)
@paiban.ui.InLanguage("zh")
class CharStylePanelFxTest {
    static final String NAME = "小标宋红";
    MainWindow window;
    Stage styles;

    @Start
    void start(Stage stage) {
        window = new MainWindow(TestEditions.document());
        window.show(stage);
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A node of this test's style panel (an earlier test's window may still be open). */
    private org.testfx.service.query.NodeQuery panel(FxRobot robot, String query) {
        return robot.from(styles.getScene().getRoot()).lookup(query);
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        if (styles != null) fx(styles::close);
    }

    private Edition edition() { return window.document().edition(); }

    private CharStyle made() { return edition().styles().charStyle(NAME).orElseThrow(); }

    /** Commits a value to the sheet's row {@code name}, as its editor does on Enter or a pick. */
    private void set(FxRobot robot, String name, Object value) throws Exception {
        PropertySheet sheet = panel(robot, "#style-sheet").queryAs(PropertySheet.class);
        PropertySheet.Item item = sheet.getItems().stream().filter(i -> i.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + sheet.getItems().stream().map(PropertySheet.Item::getName).toList()));
        fx(() -> item.setValue(value));
    }

    /** Opens the panel and makes 小标宋红: 标宋, 五号, red. Four undo steps. */
    private void makeTheStyle(FxRobot robot) throws Exception {
        styles = WaitForAsyncUtils.asyncFx(() -> window.openStyles()).get();
        WaitForAsyncUtils.waitForFxEvents();
        fx(panel(robot, "#char-style-new").queryAs(Button.class)::fire);
        assertEquals(new CharStyle("新字符样式", null, null, null), edition().styles().charStyle("新字符样式").orElseThrow(),
                "a new character style changes nothing until given values");
        fx(() -> panel(robot, "#char-style-name").queryAs(TextField.class).setText(NAME));
        fx(panel(robot, "#char-style-rename").queryAs(Button.class)::fire);
        assertTrue(edition().styles().charStyle("新字符样式").isEmpty());
        set(robot, "字体", "标宋");
        set(robot, "字号 (号或磅)", "五号");
        set(robot, "颜色 (CMYK)", "C0 M100 Y100 K0");
        assertEquals(new CharStyle(NAME, FontFamily.BIAOSONG, null, Cmyk.RED, 10_500, null, null, null), made());
    }

    @Test
    void makeAStyleApplyItInTheStoryEditorAndOnTheCanvasAndUndoEverything(FxRobot robot) throws Exception {
        Edition before = edition();
        makeTheStyle(robot);

        // the live preview: the run composed in the style's face, size and colour
        StylePreview preview = panel(robot, "#style-preview").queryAs(StylePreview.class);
        List<GlyphRun> red = preview.shown().lines().stream().filter(l -> l instanceof LineBox).map(l -> (LineBox) l)
                .flatMap(l -> l.runs().stream()).filter(r -> Cmyk.RED.equals(r.color())).toList();
        assertFalse(red.isEmpty(), "the preview shows the red run");
        assertTrue(red.stream().allMatch(r -> r.size() == 10_500 && r.face().name().contains("SemiBold")),
                "五号 标宋 (Noto Serif SC SemiBold): " + red.stream().map(r -> r.size() + " " + r.face().name()).toList());
        assertTrue(panel(robot, "#char-style-list").queryAs(ListView.class).getItems().contains(NAME));

        // the story editor: the new style is in its picker at once, and laid over a selection
        fx(() -> window.canvasModel().selectedFrameIdProperty().set("t1"));
        assertEquals("s1", window.storyModel().story().id());
        var area = window.storyEditor().area();
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = (ComboBox<String>) window.storyEditor().charStyleTools().picker();
        assertTrue(picker.getItems().contains(NAME), picker.getItems().toString());
        fx(() -> {
            area.selectRange(0, 0, 0, 2);
            picker.setValue(NAME);
        });
        assertEquals(List.of(new CharRun(0, 2, NAME)), edition().story("s1").orElseThrow().paragraphs().get(0).runs());
        assertEquals(NAME, area.getStyleOfChar(0, 1));

        // the canvas: text mode in the body, three characters selected, 字符样式 ▸ 小标宋红 from the right-click menu
        CanvasTextModel text = window.canvasModel().text();
        LineBox first = StoryLines.of(window.document().layout(), edition().story("s1").orElseThrow()).lines().stream()
                .map(StoryLines.Placed::line).filter(l -> l.paragraph() == 1).findFirst().orElseThrow();
        fx(() -> {
            assertTrue(text.enter("t1", LineCarets.caretX(first, first.start()) + 200, first.baseline() - 2000));
            for (int i = 0; i < 3; i++) text.right(true);
        });
        var canvas = window.canvas().canvas();
        fx(() -> {
            var p = canvas.localToScreen(40, 40);
            Event.fireEvent(canvas, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 40, 40, p.getX(), p.getY(), false, null));
        });
        int index = edition().styles().charStyles().stream().map(CharStyle::name).toList().indexOf(NAME);
        javafx.scene.control.ContextMenu menu = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu c && w.isShowing() && "canvas-format-menu".equals(c.getId()))
                .map(w -> (javafx.scene.control.ContextMenu) w).findFirst().orElseThrow(() -> new AssertionError("no menu"));
        javafx.scene.control.Menu styleMenu = (javafx.scene.control.Menu) menu.getItems().stream()
                .filter(i -> "canvas-menu-styles".equals(i.getId())).findFirst().orElseThrow();
        assertEquals(NAME, styleMenu.getItems().get(index).getText());
        fx(() -> {
            styleMenu.getItems().get(index).fire();
            menu.hide();
        });
        assertEquals(List.of(new CharRun(0, 3, NAME)), edition().story("s1").orElseThrow().paragraphs().get(1).runs());
        assertEquals(before.styles().charStyles().size() + 1, edition().styles().charStyles().size(), "one style made");
        assertTrue(window.document().layout().pages().stream().flatMap(p -> p.lines().stream())
                .filter(l -> l instanceof LineBox).flatMap(l -> ((LineBox) l).runs().stream())
                .anyMatch(r -> Cmyk.RED.equals(r.color()) && r.size() == 10_500), "the page sets the run red at 五号");

        // seven steps: new, rename, family, size, colour, story editor, canvas
        fx(() -> {
            for (int i = 0; i < 7; i++) window.undoStack().undo();
        });
        assertEquals(before, edition(), "everything undone");
        assertFalse(window.undoStack().canUndoProperty().get());
    }

    @Test
    void renameAndDeleteFollowTheRunsAndABadValueIsRefusedInPlace(FxRobot robot) throws Exception {
        Edition before = edition();
        makeTheStyle(robot);
        fx(() -> window.undoStack().apply(new paiban.edit.FormatText("s1", 0, 0, 0, 2, NAME, null)));
        set(robot, "字号 (号或磅)", "九号");
        assertEquals("字符样式「小标宋红」的字号 (号或磅)不能取“九号”", panel(robot, "#char-style-refusal").queryLabeled().getText());
        assertEquals(10_500, made().size(), "the size stays");
        set(robot, "长扁", "长二");
        assertEquals(80, made().horizontalScale());
        set(robot, "字距（1/1000 字）", "50");
        assertEquals(50, made().tracking());

        fx(() -> panel(robot, "#char-style-name").queryAs(TextField.class).setText("红标"));
        fx(panel(robot, "#char-style-rename").queryAs(Button.class)::fire);
        assertEquals(List.of(new CharRun(0, 2, "红标")), edition().story("s1").orElseThrow().paragraphs().get(0).runs());
        assertEquals("1 段文字使用此样式", panel(robot, "#char-style-uses").queryLabeled().getText());

        @SuppressWarnings("unchecked")
        ComboBox<String> moveTo = panel(robot, "#char-style-move-to").queryAs(ComboBox.class);
        assertEquals("（无字符样式）", moveTo.getValue(), "by default the runs lose their formatting");
        fx(() -> moveTo.setValue("粗体"));
        fx(panel(robot, "#char-style-delete").queryAs(Button.class)::fire);
        assertTrue(edition().styles().charStyle("红标").isEmpty());
        assertEquals(List.of(new CharRun(0, 2, "粗体")), edition().story("s1").orElseThrow().paragraphs().get(0).runs());

        fx(() -> { while (window.undoStack().canUndoProperty().get()) window.undoStack().undo(); });
        assertEquals(before, edition());
    }

    @Test
    void aScreenshotOfThePanelOnACharacterStyle(FxRobot robot) throws Exception {
        makeTheStyle(robot);
        set(robot, "长扁", "长一");
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> styles.getScene().snapshot(null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = paiban.Screenshots.file("char-style-panel.png");
        ImageIO.write(img, "png", out);
        assertNotNull(img);
        assertTrue(img.getWidth() > 600, "the panel's window: " + img.getWidth());

        // the story editor shows the run's face, size, colour and 长一, and names it in its bar
        fx(() -> window.canvasModel().selectedFrameIdProperty().set("t1"));
        var area = window.storyEditor().area();
        fx(() -> {
            area.selectRange(1, 7, 1, 15);
            window.storyModel().applyCharStyle(new paiban.edit.CharFormatting.Range(1, 7, 1, 15), NAME);
            // a long run wraps: drawn unscaled rather than pulled across its neighbours
            window.storyModel().applyCharStyle(new paiban.edit.CharFormatting.Range(1, 40, 1, 80), NAME);
        });
        fx(() -> area.moveTo(1, 9));
        assertEquals("字符：小标宋红（标宋 五号 长一 红）", window.storyEditor().runAtCaret());
        List<org.fxmisc.richtext.TextExt> texts = robot.from(area).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof org.fxmisc.richtext.TextExt)
                .queryAllAs(org.fxmisc.richtext.TextExt.class).stream().toList();
        var shortRun = texts.stream().filter(t -> t.getText().equals("林小河）今天上午")).findFirst().orElseThrow();
        assertEquals(0.9, shortRun.getScaleX(), 1e-9, "长一 drawn at 90 % width");
        assertEquals(javafx.scene.paint.Color.RED, shortRun.getFill());
        var longRun = texts.stream().filter(t -> t.getText().length() == 40).findFirst().orElseThrow();
        assertEquals(1.0, longRun.getScaleX(), 1e-9, "a run wrapped over two lines is not squeezed across its neighbours");
        WritableImage editor = WaitForAsyncUtils.asyncFx(() -> window.storyEditor().snapshot(null, null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(editor, null), "png", paiban.Screenshots.file("story-editor-char-style.png"));
    }
}
