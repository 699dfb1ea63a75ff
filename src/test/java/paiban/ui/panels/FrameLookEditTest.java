package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.layout.BoxMark;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.RuleMark;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.FrameBorder;
import paiban.model.frame.FrameLook;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.style.Cmyk;
import paiban.ui.InLanguage;

/** 底纹与边框 in the properties panel: the sample's lead headline turned into a red banner, a story boxed, each step undone. */
@InLanguage("zh")
class FrameLookEditTest {
    static final String HEAD = "p1-lead-head";
    static final String BODY = "p1-lead-1";
    final SamplePanel panel = new SamplePanel();

    private FrameLook headLook() {
        return ((HeadlineFrame) panel.doc.edition().pages().get(0).frame(HEAD).orElseThrow()).look();
    }

    private FrameLook bodyLook() {
        return ((TextFrame) panel.doc.edition().pages().get(0).frame(BODY).orElseThrow()).look();
    }

    private List<Mark> page1() {
        return panel.doc.layout().page("p1").orElseThrow().marks();
    }

    @Test
    void aHeadlineGetsARedFillAndReversedTextAndUndoTakesEachBack() {
        panel.canvas.showPage(0);
        panel.canvas.selectedFrameIdProperty().set(HEAD);
        assertEquals("无", panel.row("底纹颜色").value());
        assertEquals(false, panel.row("反白").value());
        HeadlineFrame head = (HeadlineFrame) panel.doc.edition().pages().get(0).frame(HEAD).orElseThrow();

        assertTrue(panel.vm.set(panel.row("底纹颜色"), "C0 M100 Y100 K0"));
        assertEquals(new FrameLook(Cmyk.RED, 100, false, null), headLook());
        assertTrue(page1().contains(new BoxMark(head.bounds(), Cmyk.RED, null, 0)), "the fill is in the layout");
        assertTrue(panel.vm.set(panel.row("反白"), true));
        assertTrue(headLook().reversed());
        assertTrue(panel.vm.set(panel.row("底纹浓度 (%)"), 80));
        assertEquals(new Cmyk(0, 80, 80, 0), headLook().printedFill());
        List<GlyphRun> headRuns = page1().stream().filter(m -> m instanceof LineBox l && l.x() >= head.bounds().x() && l.x() < head.bounds().right()
                && l.baseline() > head.bounds().y() && l.baseline() < head.bounds().bottom())
                .flatMap(m -> ((LineBox) m).runs().stream()).toList();
        assertFalse(headRuns.isEmpty());
        assertTrue(headRuns.stream().allMatch(r -> r.color().equals(Cmyk.WHITE)), "the headline is white");
        assertEquals(3, panel.undo.depth(), "three edits, three steps");

        assertFalse(panel.vm.set(panel.row("底纹颜色"), "C120 M0"), "an ink over 100 is refused");
        assertFalse(panel.vm.set(panel.row("底纹浓度 (%)"), 0), "a tint of 0 is refused");
        assertEquals(3, panel.undo.depth());

        panel.undo.undo();
        assertEquals(100, headLook().tint());
        panel.undo.undo();
        assertFalse(headLook().reversed());
        panel.undo.undo();
        assertEquals(FrameLook.NONE, headLook());
        assertEquals(panel.saved, panel.doc.edition());
        assertFalse(panel.doc.isDirty());
    }

    @Test
    void aStoryGetsADoubleRedBorderAndItsTextMovesInside() {
        panel.canvas.showPage(0);
        panel.canvas.selectedFrameIdProperty().set(BODY);
        assertEquals(0.0, panel.row("边框粗细 (磅)").value());
        assertTrue(panel.vm.set(panel.row("边框粗细 (磅)"), 3.0));
        assertEquals(new FrameBorder(3000, BorderStyle.SOLID, Cmyk.BLACK), bodyLook().border());
        assertTrue(panel.vm.set(panel.row("边框线型"), "双线"));
        assertTrue(panel.vm.set(panel.row("边框颜色"), "C0 M100 Y100 K0"));
        assertEquals(new FrameBorder(3000, BorderStyle.DOUBLE, Cmyk.RED), bodyLook().border());
        TextFrame body = (TextFrame) panel.doc.edition().pages().get(0).frame(BODY).orElseThrow();
        long strokes = page1().stream().filter(m -> m instanceof RuleMark r && r.color().equals(Cmyk.RED)).count();
        assertEquals(8, strokes, "a double border: two strokes a side");
        var area = body.textArea();
        assertTrue(page1().stream().filter(m -> m instanceof LineBox l && l.storyId().equals("lead")
                        && l.baseline() > body.bounds().y() && l.baseline() < body.bounds().bottom()
                        && l.x() >= body.bounds().x() && l.x() < body.bounds().right())
                .allMatch(m -> ((LineBox) m).x() >= area.x() && ((LineBox) m).x() + ((LineBox) m).width() <= area.right()),
                "the story's lines sit inside the border");
        assertTrue(panel.vm.set(panel.row("左边框"), false));
        assertEquals(new FrameBorder(3000, BorderStyle.DOUBLE, Cmyk.RED, true, true, true, false), bodyLook().border());
        assertEquals(6, page1().stream().filter(m -> m instanceof RuleMark r && r.color().equals(Cmyk.RED)).count(),
                "three sides left");
        assertTrue(panel.vm.set(panel.row("边框粗细 (磅)"), 0.0));
        assertNull(bodyLook().border(), "0 pt takes the border off");
        assertTrue(panel.vm.row("左边框").isEmpty(), "no side rows without a border");
        assertEquals(5, panel.undo.depth());
        for (int i = 0; i < 5; i++) panel.undo.undo();
        assertEquals(panel.saved, panel.doc.edition());
    }

    @Test
    @InLanguage("en")
    void theRowsReadInEnglishToo() {
        panel.canvas.showPage(0);
        panel.canvas.selectedFrameIdProperty().set(HEAD);
        assertEquals("None", panel.row("Fill colour").value());
        assertTrue(panel.vm.set(panel.row("Border style"), "Dotted"));
        assertEquals(BorderStyle.DOTTED, headLook().border().style());
    }
}
