package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.layout.RuleMark;
import paiban.model.Edition;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.ColumnRule;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.Insets;
import paiban.model.frame.RuleStyle;
import paiban.model.frame.TextFrame;
import paiban.model.unit.Units;
import paiban.ui.EditionDocument;
import paiban.ui.EditionLoader;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

/** Insets per side in 字 or mm, 栏线 and a 花边 on a photo from the properties panel, each one undo step. */
@InLanguage("zh")
class InsetAndColumnRuleEditTest {
    static final String STORY = "p1-elevator";
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

    private TextFrame story() {
        return (TextFrame) doc.edition().pages().get(0).frame(STORY).orElseThrow();
    }

    @Test
    void insetsPerSideTakeCharactersOrMillimetresAndUndo() {
        canvas.showPage(0);
        canvas.selectedFrameIdProperty().set(STORY);
        assertEquals("0 字", row("左内边距").value());
        assertTrue(row("左内边距").choices().orElseThrow().containsAll(List.of("1 字", "2 字")), "whole-字 steps offered");

        assertTrue(vm.set(row("左内边距"), "1 字"));
        assertEquals(new Insets(0, 0, 0, 9000), story().insets());
        assertEquals("1 字", row("左内边距").value());
        assertTrue(vm.set(row("右内边距"), "3 mm"));
        assertEquals(Units.mm(3), story().insets().right());
        assertTrue(row("右内边距").value().toString().endsWith("mm"), row("右内边距").value().toString());
        assertFalse(vm.set(row("上内边距"), "三字"), "not a length: refused");
        assertFalse(vm.set(row("上内边距"), "-1"), "negative: refused");
        assertEquals(2, undo.depth());

        undo.undo();
        assertEquals(new Insets(0, 0, 0, 9000), story().insets());
        undo.undo();
        assertEquals(saved, doc.edition());
    }

    @Test
    void columnRulesAreSetStyledAndRemovedEachAStep() {
        canvas.showPage(0);
        canvas.selectedFrameIdProperty().set(STORY);
        ColumnRule before = story().columnRule();
        assertTrue(before != null, "the sample's elevator story has 栏线");
        assertTrue(vm.set(row("栏线线型"), RuleRows.name(RuleStyle.DOTTED)));
        assertEquals(RuleStyle.DOTTED, story().columnRule().style());
        long dotted = doc.layout().page("p1").orElseThrow().marks().stream()
                .filter(m -> m instanceof RuleMark r && r.dotted()).count();
        assertEquals(2, dotted, "one dotted rule in each of the two gaps");
        assertTrue(vm.set(row("栏线粗细 (磅，0 为无)"), 0.0));
        assertNull(story().columnRule(), "0: no 栏线");
        assertEquals(2, undo.depth());
        undo.undo();
        undo.undo();
        assertEquals(before, story().columnRule());
        assertEquals(saved, doc.edition());
    }

    @Test
    void aPhotoGetsAPatternBorderWhoseWeightSnapsToTheGrid() {
        canvas.showPage(0);
        canvas.selectedFrameIdProperty().set("p1-lead-photo");
        assertTrue(vm.set(row("边框线型"), FrameLookRows.name(BorderStyle.DOTS)));
        ImageFrame photo = (ImageFrame) doc.edition().pages().get(0).frame("p1-lead-photo").orElseThrow();
        assertEquals(BorderStyle.DOTS, photo.look().border().style());
        assertEquals(13_500, photo.look().border().weight(), "one grid line");
        assertTrue(vm.set(row("边框粗细 (磅)"), 22.0));
        photo = (ImageFrame) doc.edition().pages().get(0).frame("p1-lead-photo").orElseThrow();
        assertEquals(27_000, photo.look().border().weight(), "22 pt rounds to two grid lines");
        assertTrue(doc.layout().page("p1").orElseThrow().marks().stream().anyMatch(m -> m instanceof paiban.layout.PathMark),
                "the dots are drawn");
        undo.undo();
        undo.undo();
        assertEquals(saved, doc.edition());
    }
}
