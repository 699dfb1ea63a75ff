package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import paiban.edit.ReplaceFrame;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.Rect;
import paiban.model.frame.TextFrame;
import paiban.model.frame.VerticalAlign;
import paiban.model.unit.Units;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

/** A text frame's inset and vertical alignment in the 文字 section, as the composer honours them. */
@InLanguage("zh")
class TextFramePropertiesTest {
    final EditionDocument doc = TestEditions.document();
    final UndoStack undo = new UndoStack(doc);
    final CanvasViewModel canvas = new CanvasViewModel(doc, undo);
    final PropertiesViewModel vm = new PropertiesViewModel(canvas);

    private PropertyRow row(String name) {
        return vm.row(name).orElseThrow(() -> new AssertionError("no row " + name));
    }

    private TextFrame t1() {
        return (TextFrame) doc.edition().page("p1").orElseThrow().frame("t1").orElseThrow();
    }

    private int firstLineX() {
        List<LineBox> lines = doc.layout().page("p1").orElseThrow().lines().stream()
                .filter(l -> "s1".equals(l.storyId())).toList();
        return lines.stream().mapToInt(LineBox::x).min().orElseThrow();
    }

    @Test
    void anInsetInMillimetresMovesTheTextInAndIsOneUndoStep() {
        canvas.selectedFrameIdProperty().set("t1");
        Edition saved = doc.edition();
        assertEquals(0.0, row("内边距 (毫米)").value());
        int x = firstLineX();
        vm.set(row("内边距 (毫米)"), 3.0);
        assertEquals(Units.mm(3), t1().inset());
        assertEquals(x + Units.mm(3), firstLineX(), "the composer sets the text inside the inset");
        assertEquals(3.0, row("内边距 (毫米)").value());
        assertFalse(vm.set(row("内边距 (毫米)"), -1.0), "a negative inset is refused");
        assertEquals(1, undo.depth());
        undo.undo();
        assertTrue(saved.equals(doc.edition()), "undone, the edition is as before");
    }

    @Test
    void verticalAlignmentOffersWhatTheComposerSets() {
        canvas.selectedFrameIdProperty().set("t1");
        PropertyRow va = row("垂直对齐");
        assertEquals("顶端", va.value());
        assertEquals(List.of("顶端", "居中", "底端"), va.choices().orElseThrow());
        vm.set(va, "底端");
        assertEquals(VerticalAlign.BOTTOM, t1().verticalAlign());
        assertFalse(vm.set(row("垂直对齐"), "斜"));
        assertEquals(1, undo.depth());
        undo.undo();
        assertEquals(VerticalAlign.TOP, t1().verticalAlign());
    }

    @Test
    void aJustifiedFrameFromAFileKeepsItsValueOnOffer() {
        TextFrame f = t1();
        undo.apply(new ReplaceFrame("p1", new TextFrame(f.id(), f.bounds(), f.columns(), f.gap(), 0,
                VerticalAlign.JUSTIFY, null, false, "")));
        canvas.selectedFrameIdProperty().set("t1");
        assertEquals("撑满（按顶端排）", row("垂直对齐").value());
        assertEquals(4, row("垂直对齐").choices().orElseThrow().size());
    }

    @Test
    void theOtherTextValuesKeepTheInsetAndAlignment() {
        canvas.selectedFrameIdProperty().set("t1");
        vm.set(row("内边距 (毫米)"), 2.0);
        vm.set(row("垂直对齐"), "居中");
        vm.set(row("分栏"), 3);
        vm.set(row("栏距 (字)"), 2.0);
        TextFrame f = t1();
        assertEquals(Units.mm(2), f.inset());
        assertEquals(VerticalAlign.CENTER, f.verticalAlign());
        assertEquals(3, f.columns());
        assertEquals(Units.chars(2, TestEditions.T.bodySize()), f.gap());
        assertEquals(new Rect(f.bounds().x(), f.bounds().y(), f.bounds().width(), f.bounds().height()), f.bounds());
    }
}
