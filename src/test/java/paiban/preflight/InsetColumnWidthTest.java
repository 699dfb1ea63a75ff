package paiban.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import paiban.model.PageTemplate;
import paiban.model.frame.FrameLook;
import paiban.model.frame.Insets;
import paiban.model.frame.TextFrame;

/**
 * The case: a one-value inset of 4.5 pt on a 3-column 对开 frame of 13-字 columns
 * leaves 12.67-字 columns, every line letter-spaced; preflight says so. Insets per side in
 * whole 字 leave whole columns and are not reported.
 */
class InsetColumnWidthTest {
    static final PageTemplate T = FrameLookCheckTest.T;

    static TextFrame threeColumns(Insets in) {
        TextFrame f = new TextFrame("box", T.gridRect(0, 3, 10, 10), 3, T.gap(), 0, null, null, false, "", FrameLook.NONE);
        return f.withInsets(in);
    }

    static List<Finding> columnWidth(TextFrame body) {
        return FrameLookCheckTest.coded(FrameLookCheckTest.preflight(FrameLook.NONE, body), "column-width");
    }

    @Test
    void aFourAndAHalfPointInsetIsReported() {
        TextFrame f = threeColumns(Insets.uniform(4500));
        assertEquals(4500, f.inset(), "the one-value inset");
        List<Finding> found = columnWidth(f);
        assertEquals(1, found.size(), found.toString());
        assertEquals("box", found.get(0).frameId());
        assertEquals(Severity.WARNING, found.get(0).severity());
        String zh = found.get(0).message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("12.67 字"), zh);
    }

    @Test
    void aHalfCharacterOnOneSideIsReported() {
        List<Finding> found = columnWidth(threeColumns(new Insets(0, 0, 0, 4500)).withColumns(1, T.gap()));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message(Locale.ENGLISH).contains("40.5"), found.get(0).message(Locale.ENGLISH));
    }

    @Test
    void wholeCharacterInsetsPerSideAreNotReported() {
        // one and a half 字 left and right on a 3-column frame: 3 字 off, one a column
        assertEquals(List.of(), columnWidth(threeColumns(new Insets(4500, 13500, 0, 13500))));
        assertEquals(List.of(), columnWidth(threeColumns(new Insets(0, 0, 0, 9000)).withColumns(1, T.gap())));
        assertEquals(List.of(), columnWidth(threeColumns(Insets.NONE)));
    }
}
