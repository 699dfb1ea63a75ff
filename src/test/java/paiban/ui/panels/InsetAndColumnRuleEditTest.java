package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.layout.RuleMark;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.ColumnRule;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.Insets;
import paiban.model.frame.RuleStyle;
import paiban.model.frame.TextFrame;
import paiban.model.unit.Units;
import paiban.ui.InLanguage;

/** Insets per side in 字 or mm, 栏线 and a 花边 on a photo from the properties panel, each one undo step. */
@InLanguage("zh")
class InsetAndColumnRuleEditTest {
    static final String STORY = "p1-elevator";
    final SamplePanel panel = new SamplePanel();

    private TextFrame story() {
        return (TextFrame) panel.doc.edition().pages().get(0).frame(STORY).orElseThrow();
    }

    @Test
    void insetsPerSideTakeCharactersOrMillimetresAndUndo() {
        panel.canvas.showPage(0);
        panel.canvas.selectedFrameIdProperty().set(STORY);
        assertEquals("0 字", panel.row("左内边距").value());
        assertTrue(panel.row("左内边距").choices().orElseThrow().containsAll(List.of("1 字", "2 字")), "whole-字 steps offered");

        assertTrue(panel.vm.set(panel.row("左内边距"), "1 字"));
        assertEquals(new Insets(0, 0, 0, 9000), story().insets());
        assertEquals("1 字", panel.row("左内边距").value());
        assertTrue(panel.vm.set(panel.row("右内边距"), "3 mm"));
        assertEquals(Units.mm(3), story().insets().right());
        assertTrue(panel.row("右内边距").value().toString().endsWith("mm"), panel.row("右内边距").value().toString());
        assertFalse(panel.vm.set(panel.row("上内边距"), "三字"), "not a length: refused");
        assertFalse(panel.vm.set(panel.row("上内边距"), "-1"), "negative: refused");
        assertEquals(2, panel.undo.depth());

        panel.undo.undo();
        assertEquals(new Insets(0, 0, 0, 9000), story().insets());
        panel.undo.undo();
        assertEquals(panel.saved, panel.doc.edition());
    }

    @Test
    void columnRulesAreSetStyledAndRemovedEachAStep() {
        panel.canvas.showPage(0);
        panel.canvas.selectedFrameIdProperty().set(STORY);
        ColumnRule before = story().columnRule();
        assertTrue(before != null, "the sample's elevator story has 栏线");
        assertTrue(panel.vm.set(panel.row("栏线线型"), RuleRows.name(RuleStyle.DOTTED)));
        assertEquals(RuleStyle.DOTTED, story().columnRule().style());
        long dotted = panel.doc.layout().page("p1").orElseThrow().marks().stream()
                .filter(m -> m instanceof RuleMark r && r.dotted()).count();
        assertEquals(2, dotted, "one dotted rule in each of the two gaps");
        assertTrue(panel.vm.set(panel.row("栏线粗细 (磅，0 为无)"), 0.0));
        assertNull(story().columnRule(), "0: no 栏线");
        assertEquals(2, panel.undo.depth());
        panel.undo.undo();
        panel.undo.undo();
        assertEquals(before, story().columnRule());
        assertEquals(panel.saved, panel.doc.edition());
    }

    @Test
    void aPhotoGetsAPatternBorderWhoseWeightSnapsToTheGrid() {
        panel.canvas.showPage(0);
        panel.canvas.selectedFrameIdProperty().set("p1-lead-photo");
        assertTrue(panel.vm.set(panel.row("边框线型"), FrameLookRows.name(BorderStyle.DOTS)));
        ImageFrame photo = (ImageFrame) panel.doc.edition().pages().get(0).frame("p1-lead-photo").orElseThrow();
        assertEquals(BorderStyle.DOTS, photo.look().border().style());
        assertEquals(13_500, photo.look().border().weight(), "one grid line");
        assertTrue(panel.vm.set(panel.row("边框粗细 (磅)"), 22.0));
        photo = (ImageFrame) panel.doc.edition().pages().get(0).frame("p1-lead-photo").orElseThrow();
        assertEquals(27_000, photo.look().border().weight(), "22 pt rounds to two grid lines");
        assertTrue(panel.doc.layout().page("p1").orElseThrow().marks().stream().anyMatch(m -> m instanceof paiban.layout.PathMark),
                "the dots are drawn");
        panel.undo.undo();
        panel.undo.undo();
        assertEquals(panel.saved, panel.doc.edition());
    }
}
