package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.TextWrap;
import paiban.ui.EditionDocument;
import paiban.ui.EditionLoader;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

/** 文字绕排 in the properties panel, on the sample's lead photo: the lead story's lines beside it move out. */
@InLanguage("zh")
class TextWrapEditTest {
    static final String PHOTO = "p1-lead-photo";
    final Path sample = EditionLoader.sample();
    final Edition saved = read();
    final EditionDocument doc = new EditionDocument(TestEditions.COMPOSER, saved, sample);
    final UndoStack undo = new UndoStack(doc);
    final CanvasViewModel canvas = new CanvasViewModel(doc, undo);
    final PropertiesViewModel vm = new PropertiesViewModel(canvas);

    private Edition read() {
        try {
            return EditionLoader.read(sample);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private PropertyRow row(String name) {
        return vm.row(name).orElseThrow(() -> new AssertionError("no row " + name + " in "
                + vm.rows().stream().map(PropertyRow::name).toList()));
    }

    private Frame photo() {
        return doc.edition().pages().get(0).frame(PHOTO).orElseThrow();
    }

    /** The lead story's lines whose baseline lies in the band of {@code r}. */
    private List<LineBox> leadLinesBeside(Rect r) {
        return doc.layout().page("p1").orElseThrow().lines().stream()
                .filter(l -> l.storyId().equals("lead") && l.baseline() > r.y() && l.baseline() < r.bottom())
                .toList();
    }

    private static boolean crosses(LineBox l, Rect r) {
        return l.x() < r.right() && l.x() + l.width() > r.x();
    }

    @Test
    void aWrapOnThePhotoMovesTheLinesBesideItAndUndoRestores() {
        canvas.showPage(0);
        canvas.selectedFrameIdProperty().set(PHOTO);
        assertEquals(false, row("绕排").value());
        assertEquals(0.0, row("绕排距离 (字)").value());
        // the photo lies beneath the story's frame: a wrap pushes the text whatever the stacking order
        List<LineBox> before = leadLinesBeside(photo().bounds());
        Rect area = photo().bounds().grow(2 * 9_000);
        assertTrue(before.stream().anyMatch(l -> crosses(l, area)), "without a wrap the column sits 1 字 off the photo");

        vm.set(row("绕排距离 (字)"), 2.0);
        assertEquals(new TextWrap(18_000), photo().wrap());
        assertEquals(1, undo.depth(), "the wrap is one step");
        assertEquals(true, row("绕排").value());
        assertEquals(6.4, row("绕排距离 (毫米)").value(), "18 pt");
        List<LineBox> after = leadLinesBeside(area);
        assertFalse(after.isEmpty(), "the lines are still there, beside the wrap");
        assertTrue(after.stream().noneMatch(l -> crosses(l, area)),
                "lines inside the wrap area: " + after.stream().filter(l -> crosses(l, area)).map(LineBox::x).toList());

        vm.set(row("绕排"), false);
        assertNull(photo().wrap());
        undo.undo();
        assertEquals(new TextWrap(18_000), photo().wrap());
        undo.undo();
        assertNull(photo().wrap());
        assertEquals(before, leadLinesBeside(photo().bounds()));
        assertEquals(saved, doc.edition());
        assertFalse(doc.isDirty());
    }

    @Test
    void turningTheWrapOnStartsAtOneCharacterAndANegativeOffsetIsRefused() {
        canvas.showPage(0);
        canvas.selectedFrameIdProperty().set("p1-ad");
        vm.set(row("绕排"), true);
        assertEquals(new TextWrap(9_000), doc.edition().pages().get(0).frame("p1-ad").orElseThrow().wrap(), "1 字 of 9 pt");
        vm.set(row("绕排距离 (毫米)"), -3.0);
        assertEquals(new TextWrap(9_000), doc.edition().pages().get(0).frame("p1-ad").orElseThrow().wrap());
        assertEquals(1, undo.depth());
    }

    @Test
    void rulesAndRunningHeadersOfferNoWrap() {
        canvas.showPage(0);
        canvas.selectedFrameIdProperty().set("p1-rule-lead");
        assertTrue(vm.row("绕排").isEmpty());
        canvas.selectedFrameIdProperty().set("p1-header");
        assertTrue(vm.row("绕排").isEmpty());
    }
}
