package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import paiban.layout.LineBox;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.TextWrap;
import paiban.ui.InLanguage;

/** 文字绕排 in the properties panel, on the sample's lead photo: the lead story's lines beside it move out. */
@InLanguage("zh")
class TextWrapEditTest {
    static final String PHOTO = "p1-lead-photo";
    final SamplePanel panel = new SamplePanel();

    private Frame photo() {
        return panel.doc.edition().pages().get(0).frame(PHOTO).orElseThrow();
    }

    /** The lead story's lines whose baseline lies in the band of {@code r}. */
    private List<LineBox> leadLinesBeside(Rect r) {
        return panel.doc.layout().page("p1").orElseThrow().lines().stream()
                .filter(l -> l.storyId().equals("lead") && l.baseline() > r.y() && l.baseline() < r.bottom())
                .toList();
    }

    private static boolean crosses(LineBox l, Rect r) {
        return l.x() < r.right() && l.x() + l.width() > r.x();
    }

    @Test
    void aWrapOnThePhotoMovesTheLinesBesideItAndUndoRestores() {
        panel.canvas.showPage(0);
        panel.canvas.selectedFrameIdProperty().set(PHOTO);
        assertEquals(false, panel.row("绕排").value());
        assertEquals(0.0, panel.row("绕排距离 (字)").value());
        // the photo lies beneath the story's frame: a wrap pushes the text whatever the stacking order
        List<LineBox> before = leadLinesBeside(photo().bounds());
        Rect area = photo().bounds().grow(2 * 9_000);
        assertTrue(before.stream().anyMatch(l -> crosses(l, area)), "without a wrap the column sits 1 字 off the photo");

        panel.vm.set(panel.row("绕排距离 (字)"), 2.0);
        assertEquals(new TextWrap(18_000), photo().wrap());
        assertEquals(1, panel.undo.depth(), "the wrap is one step");
        assertEquals(true, panel.row("绕排").value());
        assertEquals(6.4, panel.row("绕排距离 (毫米)").value(), "18 pt");
        List<LineBox> after = leadLinesBeside(area);
        assertFalse(after.isEmpty(), "the lines are still there, beside the wrap");
        assertTrue(after.stream().noneMatch(l -> crosses(l, area)),
                "lines inside the wrap area: " + after.stream().filter(l -> crosses(l, area)).map(LineBox::x).toList());

        panel.vm.set(panel.row("绕排"), false);
        assertNull(photo().wrap());
        panel.undo.undo();
        assertEquals(new TextWrap(18_000), photo().wrap());
        panel.undo.undo();
        assertNull(photo().wrap());
        assertEquals(before, leadLinesBeside(photo().bounds()));
        assertEquals(panel.saved, panel.doc.edition());
        assertFalse(panel.doc.isDirty());
    }

    @Test
    void turningTheWrapOnStartsAtOneCharacterAndANegativeOffsetIsRefused() {
        panel.canvas.showPage(0);
        panel.canvas.selectedFrameIdProperty().set("p1-ad");
        panel.vm.set(panel.row("绕排"), true);
        assertEquals(new TextWrap(9_000), panel.doc.edition().pages().get(0).frame("p1-ad").orElseThrow().wrap(), "1 字 of 9 pt");
        panel.vm.set(panel.row("绕排距离 (毫米)"), -3.0);
        assertEquals(new TextWrap(9_000), panel.doc.edition().pages().get(0).frame("p1-ad").orElseThrow().wrap());
        assertEquals(1, panel.undo.depth());
    }

    @Test
    void rulesAndRunningHeadersOfferNoWrap() {
        panel.canvas.showPage(0);
        panel.canvas.selectedFrameIdProperty().set("p1-rule-lead");
        assertTrue(panel.vm.row("绕排").isEmpty());
        panel.canvas.selectedFrameIdProperty().set("p1-header");
        assertTrue(panel.vm.row("绕排").isEmpty());
    }
}
