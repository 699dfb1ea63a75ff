package paiban.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.edit.SetStoryText;
import paiban.model.Edition;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.edit.UndoStack;

/**
 * The model → editor direction: whatever the story becomes (undo, redo,
 * restyle, placed text), the area holds exactly its paragraphs afterwards,
 * and bringing it there is never taken for typing.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class StoryEditorPatchFxTest {
    EditionDocument doc;
    UndoStack undo;
    StoryEditorViewModel vm;
    StoryEditorView view;

    @Start
    void start(Stage stage) {
        doc = TestEditions.document();
        undo = new UndoStack(doc);
        vm = new StoryEditorViewModel(doc, undo, null);
        view = new StoryEditorView(vm);
        stage.setScene(new Scene(view, 600, 400));
        stage.show();
        vm.showStory("s1");
    }

    private static final String[] STYLES = {"正文", "电头", "小标题", "署名"};

    /** A random edit of the paragraph list: insert, delete, split, join, retype, restyle or re-run. */
    static List<Paragraph> mutate(List<Paragraph> ps, Random r) {
        List<Paragraph> out = new ArrayList<>(ps);
        int n = out.size();
        int i = n == 0 ? 0 : r.nextInt(n);
        switch (n == 0 ? 0 : r.nextInt(7)) {
            case 0 -> out.add(Math.min(i, n), new Paragraph(STYLES[r.nextInt(STYLES.length)], "新段" + r.nextInt(100)));
            case 1 -> { if (n > 1) out.remove(i); }
            case 2 -> {
                Paragraph p = out.get(i);
                int at = r.nextInt(p.text().length() + 1);
                out.set(i, p.withText(p.text().substring(0, at)));
                out.add(i + 1, new Paragraph(p.style(), p.text().substring(at)));
            }
            case 3 -> {
                if (i + 1 < n) {
                    Paragraph a = out.get(i), b = out.remove(i + 1);
                    out.set(i, new Paragraph(a.style(), a.text() + b.text()));
                }
            }
            case 4 -> {
                Paragraph p = out.get(i);
                int at = r.nextInt(p.text().length() + 1);
                out.set(i, p.withText(p.text().substring(0, at) + "改" + p.text().substring(at)));
            }
            case 5 -> out.set(i, out.get(i).withStyle(STYLES[r.nextInt(STYLES.length)]));
            default -> {
                Paragraph p = out.get(i);
                int len = p.text().length();
                if (len > 1) {
                    int a = r.nextInt(len), b = a + 1 + r.nextInt(len - a);
                    out.set(i, new Paragraph(p.style(), p.text(), List.of(new CharRun(a, b, "粗体"))));
                }
            }
        }
        return out;
    }

    private List<Paragraph> shown() {
        return StoryText.fromEditor(view.area().getDocument());
    }

    private List<Paragraph> expected() {
        return doc.edition().story("s1").orElseThrow().paragraphs().stream().map(StoryText::normalize).toList();
    }

    @Test
    void theAreaFollowsEveryChangeOfTheStoryAndNeverEditsBack() throws Exception {
        Edition original = doc.edition();
        Random r = new Random(425);
        for (int step = 0; step < 150; step++) {
            int s = step;
            WaitForAsyncUtils.asyncFx(() -> {
                int depth = undo.depth();
                if (s % 5 == 4 && undo.canUndoProperty().get()) {
                    undo.undo();
                } else {
                    var ps = mutate(doc.edition().story("s1").orElseThrow().paragraphs(), r);
                    undo.apply(new SetStoryText("s1", ps));
                    depth++;
                }
                if (s % 5 == 4) depth = undo.depth();
                assertEquals(depth, undo.depth(), "step " + s + ": showing the change edited the story");
                view.area().moveTo(r.nextInt(view.area().getLength() + 1));
            }).get();
            assertEquals(expected(), shown(), "step " + s);
        }
        WaitForAsyncUtils.asyncFx(() -> { while (undo.canUndoProperty().get()) undo.undo(); }).get();
        assertEquals(original, doc.edition());
        assertEquals(expected(), shown());
    }
}
