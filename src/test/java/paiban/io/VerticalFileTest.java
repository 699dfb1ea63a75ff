package paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import paiban.compose.flow.VerticalEditions;
import paiban.model.Edition;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.frame.WritingMode;
import paiban.model.style.ParagraphStyle;

/** writingMode and uprightDigits in the file: written only when not the default, read back as written. */
class VerticalFileTest {
    @Test void verticalFramesAndUprightDigitsRoundTrip() throws Exception {
        Edition e = VerticalEditions.page();
        ParagraphStyle body = e.styles().paragraph("正文");
        e = e.withStyles(e.styles().with(body.withUprightDigits(2)));
        String json = EditionFile.toJson(e);
        assertEquals(2, json.split("\"writingMode\" ?: ?\"vertical\"", -1).length - 1, "the two vertical frames, nothing else");
        assertTrue(json.contains("\"uprightDigits\""));
        Edition back = EditionFile.fromJson(json, "test");
        assertEquals(e, back);
        var page = back.page("p1").orElseThrow();
        assertEquals(WritingMode.VERTICAL, ((HeadlineFrame) page.frame("vh").orElseThrow()).writingMode());
        assertEquals(WritingMode.VERTICAL, ((TextFrame) page.frame("vt").orElseThrow()).writingMode());
        assertEquals(WritingMode.HORIZONTAL, ((TextFrame) page.frame("ht").orElseThrow()).writingMode());
        assertEquals(2, back.styles().paragraph("正文").uprightDigits());
    }

    @Test void theSampleHasOnlyItsOneVerticalHeadline() throws Exception {
        String sample = Files.readString(EditionFile.SAMPLE);
        // page 3's science headline is 竖排; every other frame and style leaves the keys out at their defaults
        assertEquals(1, sample.split("\"writingMode\"", -1).length - 1);
        assertFalse(sample.contains("uprightDigits"));
        var head = EditionFile.read(EditionFile.SAMPLE).page("p3").orElseThrow().frame("p3-science-head").orElseThrow();
        assertEquals(WritingMode.VERTICAL, ((HeadlineFrame) head).writingMode());
        assertEquals(sample.strip(), EditionFile.toJson(EditionFile.read(EditionFile.SAMPLE)).strip(),
                "the sample is written back unchanged");
    }

    @Test void aBadWritingModeIsALocatedMessage() {
        String json = EditionFile.toJson(VerticalEditions.page()).replaceFirst("\"vertical\"", "\"diagonal\"");
        var ex = org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class, () -> EditionFile.fromJson(json, "t.json"));
        assertTrue(ex.getMessage().contains("writingMode"), ex.getMessage());
    }
}
