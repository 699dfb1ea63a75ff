package paiban.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.io.EditionFile;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.story.Paragraph;
import paiban.ui.EditionDocument;
import paiban.ui.EditionLoader;
import paiban.ui.InLanguage;
import paiban.ui.MainWindow;

/** Shift+Enter in the story editor: a line break in the lead's 主题, shown as ↵, set as two lines, undone. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class LineBreakFxTest {
    MainWindow window;
    Edition saved;

    @Start
    void start(Stage s) throws Exception {
        saved = EditionFile.read(EditionLoader.sample());
        window = new MainWindow(new EditionDocument(new paiban.compose.flow.EditionComposer(paiban.font.FontLibrary.shared()),
                saved, EditionLoader.sample()));
        window.show(s);
    }

    private List<LineBox> headLines(int paragraph) {
        return window.document().layout().page("p1").orElseThrow().lines().stream()
                .filter(l -> l.storyId().equals("lead-head") && l.paragraph() == paragraph).toList();
    }

    @Test
    void shiftEnterBreaksTheHeadlineInsideItsParagraph(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.storyModel().showStory("lead-head"));
        WaitForAsyncUtils.waitForFxEvents();
        var area = window.storyEditor().area();
        String main = saved.story("lead-head").orElseThrow().paragraphs().get(1).text();
        assertEquals(1, headLines(1).size(), "the 主题 is one line before");
        int paragraphs = area.getParagraphs().size();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(1, 7);
        });
        robot.press(KeyCode.SHIFT).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paragraphs, area.getParagraphs().size(), "no new paragraph in the editor");
        assertEquals(main.substring(0, 7) + "↵" + main.substring(7), area.getParagraph(1).getText(), "the break shows");
        String stored = window.document().edition().story("lead-head").orElseThrow().paragraphs().get(1).text();
        assertEquals(main.substring(0, 7) + Paragraph.LINE_BREAK + main.substring(7), stored);
        List<LineBox> lines = headLines(1);
        assertEquals(2, lines.size(), "set as two lines of one paragraph");
        assertEquals(8, lines.get(1).start());
        assertTrue(lines.get(0).text().startsWith(main.substring(0, 7)), lines.get(0).text());
        robot.interact(() -> window.storyModel().history().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(main, area.getParagraph(1).getText());
        assertEquals(saved.stories(), window.document().edition().stories());
    }
}
