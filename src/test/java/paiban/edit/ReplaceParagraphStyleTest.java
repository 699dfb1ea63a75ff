package paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import paiban.model.Edition;
import paiban.model.style.ParagraphStyle;
import paiban.model.unit.HaoSize;
import paiban.ui.TestEditions;

class ReplaceParagraphStyleTest {
    final Edition e = TestEditions.twoPages();

    @Test
    void replacesTheStyleOfThatNameInPlaceAndItsInverseGivesTheOldOneBack() {
        ParagraphStyle body = e.styles().find("正文").orElseThrow();
        Change.Applied done = new ReplaceParagraphStyle(body.withSize(HaoSize.XIAO_SI.mpt())).apply(e);
        assertEquals(12_000, done.edition().styles().find("正文").orElseThrow().size());
        assertEquals(e.styles().paragraphStyles().indexOf(body),
                done.edition().styles().paragraphStyles().indexOf(done.edition().styles().find("正文").orElseThrow()),
                "the style keeps its place in the list");
        assertEquals(e.stories(), done.edition().stories());
        assertEquals(e, done.inverse().apply(done.edition()).edition());
    }

    @Test
    void aStyleTheSheetDoesNotHaveIsNotAdded() {
        ParagraphStyle other = e.styles().find("正文").orElseThrow();
        ParagraphStyle unknown = new ParagraphStyle("没有这个样式", other.family(), false, other.size(), 1, 0,
                null, 0, 0, null, null);
        assertThrows(IllegalArgumentException.class, () -> new ReplaceParagraphStyle(unknown).apply(e));
    }
}
