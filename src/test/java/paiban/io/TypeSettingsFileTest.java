package paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import paiban.model.Edition;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.HanLatinSpace;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.PunctuationWidth;
import paiban.model.style.StyleSheet;
import paiban.model.style.TypeSettings;
import paiban.ui.TestEditions;

/** Type settings and the new character style fields in the file: optional, left out at their defaults. */
class TypeSettingsFileTest {
    @Test
    void defaultsLeaveNoTrace() throws Exception {
        String json = EditionFile.toJson(TestEditions.twoPages());
        for (String key : List.of("horizontalScale", "verticalScale", "tracking", "hanLatinSpace", "punctuationWidth"))
            assertFalse(json.contains(key), key);
        assertEquals(TestEditions.twoPages(), EditionFile.fromJson(json, "t"));
    }

    @Test
    void settingsRoundTripAndOnlyNonDefaultsAreWritten() throws Exception {
        Edition e = TestEditions.twoPages();
        StyleSheet s = e.styles();
        ParagraphStyle head = s.paragraph("主题").withType(TypeSettings.DEFAULT.withScale(90, 100).withTracking(-20));
        ParagraphStyle body = s.paragraph("正文").withType(TypeSettings.DEFAULT.withHanLatin(HanLatinSpace.NONE)
                .withPunctuation(PunctuationWidth.HALF));
        List<CharStyle> chars = new ArrayList<>(s.charStyles());
        chars.add(new CharStyle("大红", null, true, Cmyk.RED, 24_000, 80, 90, 100));
        Edition changed = e.withStyles(new StyleSheet(s.with(head).with(body).paragraphStyles(), chars));
        String json = EditionFile.toJson(changed);
        String squeezed = json.replaceAll("\\s+", "");
        assertTrue(squeezed.contains("\"type\":{\"horizontalScale\":90,\"tracking\":-20}"), json);
        assertTrue(squeezed.contains("\"type\":{\"hanLatinSpace\":\"none\",\"punctuationWidth\":\"half\"}"), json);
        assertTrue(squeezed.contains("\"size\":24,\"horizontalScale\":80,\"verticalScale\":90,\"tracking\":100"), json);
        assertEquals(changed, EditionFile.fromJson(json, "t"));
    }

    @Test
    void aScaleOutOfRangeIsALocatedError() throws Exception {
        String json = EditionFile.toJson(TestEditions.twoPages()).replaceFirst("\"spaceAfterLines\": 0,",
                "\"spaceAfterLines\": 0, \"type\": { \"horizontalScale\": 5 },");
        var ex = assertThrows(DocumentException.class, () -> EditionFile.fromJson(json, "t.json"));
        assertTrue(ex.getMessage().contains("horizontalScale"), ex.getMessage());
    }
}
