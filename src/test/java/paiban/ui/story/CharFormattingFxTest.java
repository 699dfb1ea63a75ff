package paiban.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.model.Edition;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.style.Cmyk;
import paiban.ui.EditionDocument;
import paiban.ui.TestEditions;
import paiban.edit.CharFormatting;
import paiban.ui.InLanguage;
import paiban.ui.edit.UndoStack;

/**
 * Character formatting driven through the story editor: select the 电头 run,
 * Ctrl+B, pick 红 from the colour menu, see the runs in the model and in the
 * area, then undo both, one step each, back to the plain text.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class CharFormattingFxTest {
    static final String DATELINE = "本报讯（记者 林小河）";
    EditionDocument doc;
    UndoStack undo;
    StoryEditorViewModel vm;
    StoryEditorView view;
    Edition before;

    @Start
    void start(Stage stage) {
        doc = TestEditions.document();
        before = doc.edition();
        undo = new UndoStack(doc);
        vm = new StoryEditorViewModel(doc, undo, null);
        view = new StoryEditorView(vm);
        stage.setScene(new Scene(view, 700, 400));
        stage.show();
        vm.showStory("s1");
    }

    private Paragraph body() {
        return doc.edition().story("s1").orElseThrow().paragraphs().get(1);
    }

    @Test
    void boldThenColourThenUndoBoth(FxRobot robot) {
        var area = view.area();
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(1, 0, 1, DATELINE.length());
        });
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new CharRun(0, DATELINE.length(), "粗体")), body().runs());
        // the area shows the run and keeps the selection on it
        assertEquals("粗体", area.getStyleOfChar(1, 2));
        assertEquals(DATELINE, area.getSelectedText());

        robot.clickOn("#story-colour");
        robot.clickOn("#story-colour-0");
        WaitForAsyncUtils.waitForFxEvents();
        String red = CharFormatting.colourName(Cmyk.RED);
        assertEquals(List.of(new CharRun(0, DATELINE.length(), red)), body().runs());
        assertEquals(Cmyk.RED, doc.edition().styles().charStyle(red).orElseThrow().color());
        assertEquals(red, area.getStyleOfChar(1, 2));
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(view.snapshot(null, null), null),
                        "png", paiban.Screenshots.file("story-editor-runs.png"));
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });

        // one undo per action: the colour goes (with its new style), then the bold
        robot.interact(area::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new CharRun(0, DATELINE.length(), "粗体")), body().runs());
        assertTrue(doc.edition().styles().charStyle(red).isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), body().runs());
        assertEquals(before.stories(), doc.edition().stories());
        assertEquals(before.styles(), doc.edition().styles());
    }

    @Test
    void ctrlBOnABoldSelectionTakesTheBoldOff(FxRobot robot) {
        var area = view.area();
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(1, 0, 1, 3);
        });
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new CharRun(0, 3, "粗体")), body().runs());
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), body().runs());
    }

    @Test
    void theStylePickerLaysAStyleOverTheSelectionAndItsFirstEntryTakesItOff(FxRobot robot) {
        var area = view.area();
        var picker = view.charStyleTools().picker();
        robot.interact(() -> {
            area.selectRange(1, 3, 1, 6);
            picker.setValue("强调");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new CharRun(3, 6, "强调")), body().runs());
        robot.interact(() -> {
            area.selectRange(1, 4, 1, 5);
            picker.setValue(picker.getItems().get(0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new CharRun(3, 4, "强调"), new CharRun(5, 6, "强调")), body().runs());
    }
}
