package paiban.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.DefaultStyles;
import paiban.render.pdf.PdfExporter;
import paiban.render.pdf.PdfSettings;

/**
 * A story in 宋体 with 𠮷 (only 楷体 has it), 😀 (no shipped face has it) and a
 * line separator, composed, preflighted and exported: 𠮷 prints from 楷体, 😀 is
 * an error that names story, page, character and code point, and neither a
 * .notdef glyph nor the separator reaches the PDF.
 */
class MissingGlyphTest {
    static final PageTemplate T = PageTemplate.sikai();
    static final String TEXT = "今天是个吉\uD842\uDFB7的好日子\uD83D\uDE00，第一行\u2028第二行。";
    static Edition edition;
    static EditionLayout layout;

    @BeforeAll static void compose() {
        TextFrame frame = new TextFrame("f1", T.gridRect(0, 3, 0, 20), 1, 0);
        Story s = new Story("s1", "吉日", List.of(new Paragraph("正文", TEXT)), List.of(new FrameRef("p1", "f1")));
        edition = new Edition("排版日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(T.bodySize()), List.of(new Page("p1", "", "要闻", T.name(), List.of(frame))),
                List.of(s));
        layout = new EditionComposer(FontLibrary.shared()).compose(edition);
    }

    @Test void aCharacterNoFaceHasIsAnErrorNamingStoryPageCharacterAndCodePoint() {
        List<Finding> findings = new Preflight(FontLibrary.shared()).check(edition, layout, null);
        List<Finding> missing = findings.stream().filter(f -> f.code().equals("missing-glyph")).toList();
        assertEquals(1, missing.size(), () -> "only 😀, not 𠮷 nor U+2028: " + findings);
        Finding f = missing.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(Preflight.hasErrors(findings));
        assertEquals(List.of("p1", "f1", "s1"), List.of(f.pageId(), f.frameId(), f.storyId()));
        String zh = f.message(Locale.SIMPLIFIED_CHINESE), en = f.message(Locale.ENGLISH);
        assertTrue(zh.contains("第一版") && zh.contains("《吉日》") && zh.contains("😀") && zh.contains("U+1F600")
                && zh.contains("缺字"), zh);
        assertTrue(en.contains("😀") && en.contains("U+1F600") && en.contains("吉日") && en.contains("none of the shipped fonts"), en);
        assertEquals("缺字", f.title(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Missing glyph", f.title(Locale.ENGLISH));
    }

    @Test void theLayoutMarksTheMissingCharacterWithGlyphZeroAndSetsTheOtherFromKai() {
        List<String> zero = new ArrayList<>();
        String jiFace = null;
        for (LineBox line : layout.pages().get(0).lines()) {
            for (GlyphRun r : line.runs()) {
                for (int i = 0, off = 0; i < r.length(); i++) {
                    int cp = r.text().codePointAt(off);
                    off += Character.charCount(cp);
                    if (r.glyphs()[i] == 0) zero.add(Integer.toHexString(cp));
                    if (cp == 0x20BB7) jiFace = r.face().name();
                }
            }
        }
        assertEquals(List.of("1f600"), zero, "glyph 0 only for 😀: the separator is blank, not missing");
        assertEquals(FontLibrary.KAI, jiFace);
        assertEquals(List.of("今天是个吉\uD842\uDFB7的好日子\uD83D\uDE00，第一行\u2028", "第二行。"),
                layout.pages().get(0).lines().stream().filter(l -> !l.generated()).map(LineBox::text).toList(),
                "the line separator ends its line");
    }

    /** Every glyph shown in the PDF, with its font and its glyph id in the embedded program. */
    record Shown(String text, String font, int gid, boolean hasOutline) {}

    @Test void thePdfPrintsTheFallbackGlyphAndNoNotdef() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults()).write(layout.pages(), "吉日", out);
        List<Shown> shown = new ArrayList<>();
        String text;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override protected void processTextPosition(TextPosition t) {
                    try {
                        PDType0Font font = (PDType0Font) t.getFont();
                        int code = t.getCharacterCodes()[0];
                        var bounds = font.getPath(code).getBounds2D();
                        shown.add(new Shown(t.getUnicode(), font.getName(), font.codeToGID(code), !bounds.isEmpty()));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    super.processTextPosition(t);
                }
            };
            text = stripper.getText(doc);
        }
        assertTrue(text.contains("吉\uD842\uDFB7的"), text);
        assertFalse(text.contains("\uD83D\uDE00") || text.contains("\u2028"), text);
        Shown ji = shown.stream().filter(s -> s.text().equals("\uD842\uDFB7")).findFirst().orElseThrow();
        assertTrue(ji.font().endsWith("+" + FontLibrary.KAI), ji.toString());
        assertTrue(ji.gid() != 0 && ji.hasOutline(), "𠮷 is a real glyph of the embedded 楷体: " + ji);
        assertTrue(shown.stream().noneMatch(s -> s.gid() == 0), () -> "no .notdef: " + shown);
    }
}
