package paiban.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.Limits;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.preflight.Preflight;

/**
 * Issue 13, points 1, 2, 3 and 5 (reading): every number is bounded with the
 * limit in the message, every message is located, in plain words, short; a
 * paragraph the reader would refuse is never written.
 */
class ReaderLimitsTest {
    private static String sample;

    @TempDir Path dir;

    @BeforeAll
    static void load() throws Exception {
        sample = Files.readString(SampleEditionBuilder.FILE, StandardCharsets.UTF_8);
    }

    private static String replaceOnce(String from, String to) {
        assertTrue(sample.contains(from), from);
        return sample.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static DocumentException refused(String text) {
        DocumentException e = assertThrows(DocumentException.class, () -> EditionFile.fromJson(text, "bad.json"));
        String m = e.getMessage();
        assertTrue(m.length() < 300, m.length() + " characters: " + m);
        assertTrue(e.line() > 0, "a line: " + m);
        EditionFileErrorsTest.assertPlain(m);
        return e;
    }

    // ---- 1. huge exponents ----

    @Test
    void aHugeExponentIsALocatedErrorNotANumberFormatException() {
        DocumentException e = refused(replaceOnce("\"bleed\": 8.504", "\"bleed\": 1e99999999999"));
        assertTrue(e.getMessage().startsWith("bad.json:6:"), e.getMessage());
        assertTrue(e.getMessage().contains("a number too large to read"), e.getMessage());
    }

    @Test
    void anExponentThatFitsButIsFarTooLargeIsNotExpanded() {
        // 1e999999999 parses as a BigDecimal; rounding it to millipoints would build a billion digits
        DocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> refused(replaceOnce("\"bleed\": 8.504", "\"bleed\": 1e999999999")));
        assertTrue(e.getMessage().contains("at settings.bleed: the length 1E+999999999 is too large"), e.getMessage());
    }

    // ---- 2. every number bounded to what a page can hold ----

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "\"pitch\": 13.5;            \"pitch\": 1000;              at templates[0]: the type area (352 × 35634 mm from columns, characters, gap, lines and pitch) is larger than the largest page, 2000 mm",
            "\"charsPerColumn\": 13;     \"charsPerColumn\": 100000;   at templates[0].charsPerColumn: 100000 is too large: at most 1000 here",
            "\"lines\": 102;             \"lines\": 2147483647;        at templates[0].lines: 2147483647 is too large: at most 10000 here",
            "\"gapChars\": 1;            \"gapChars\": 1000000;        at templates[0].gapChars: 1000000 is too large: at most 100 here",
            "\"columns\": 8;             \"columns\": 100000;          at templates[0].columns: 100000 is too large: at most 100 here",
            "\"columns\": 1,;            \"columns\": 10000000,;       at pages[0].frames[2].columns: 10000000 is too large: at most 100 here",
            "\"bleed\": 8.504;           \"bleed\": 1000;              at settings.bleed: the length 1000 pt is too large: at most 141.732 pt (50 mm) here",
            "\"inkLimit\": 240;          \"inkLimit\": 99999999999;    at settings.inkLimit: the number 99999999999 is too large",
            "\"trimWidth\": 1105.512;    \"trimWidth\": \"3000mm\";    at templates[0].trimWidth: the length \"3000mm\" is too large: at most 5669.291 pt (2000 mm) here",
            "\"bodySize\": 9;            \"bodySize\": 0.1;            at templates[0].bodySize: the length 0.1 pt is too small: at least 0.5 pt (0 mm) here",
            "\"width\": 369,;            \"width\": 999999,;           at pages[0].frames[0].bounds.width: the length 999999 pt is too large: at most 11338.583 pt (4000 mm) here",
    })
    void numbersPastAPageAreRefusedWithTheLimit(String from, String to, String expected) {
        DocumentException e = refused(replaceOnce(from, to));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aTemplateWhoseGridFitsNoFrameStillComposes() throws Exception {
        // pitch 400 pt: no frame of the sample holds a single grid line, so every part of a chain is empty
        String text = replaceOnce("\"pitch\": 13.5", "\"pitch\": 400").replace("\"lines\": 102", "\"lines\": 10");
        Edition e = EditionFile.fromJson(text, "tall.json");
        Path base = EditionFile.SAMPLE.toAbsolutePath().getParent();
        EditionLayout layout = new EditionComposer(FontLibrary.shared()).compose(e, base);
        assertEquals(e.pages().size(), layout.pages().size());
        new Preflight(FontLibrary.shared()).check(e, layout, base);
    }

    // ---- 3. located, plain, short ----

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "\"pitch\": 13.5;  \"pitch\": NaN;        NaN and Infinity are not numbers in JSON",
            "\"pitch\": 13.5;  \"pitch\": +1;         a number must not start with '+'",
            "\"pitch\": 13.5;  \"pitch\": 13.5 // x;  comments (// or /* */) are not allowed in JSON",
    })
    void noParserAdvice(String from, String to, String expected) {
        DocumentException e = refused(replaceOnce(from, to));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(!e.getMessage().contains("enable") && !e.getMessage().contains("Feature"), e.getMessage());
    }

    @Test
    void aFiveMegabyteValueIsQuotedInPart() {
        String huge = "滨".repeat(5_000_000);
        for (String text : List.of(
                replaceOnce("\"pitch\": 13.5", "\"pitch\": \"" + huge + "\""),
                replaceOnce("\"pitch\": 13.5", "\"pitch\": x" + "x".repeat(5_000_000)),
                replaceOnce("\"type\": \"header\"", "\"type\": \"" + huge + "\""),
                replaceOnce("\"template\": \"对开\"", "\"template\": \"" + huge + "\""),
                replaceOnce("\"pitch\": 13.5", "\"pitch\": 13.5, \"" + huge + "\": 1"))) {
            DocumentException e = refused(text);
            assertTrue(e.getMessage().contains("…") || e.getMessage().contains("a key of 5000000 characters"), e.getMessage());
        }
    }

    @Test
    void notUtf8NamesTheByte() throws Exception {
        byte[] utf8 = sample.getBytes(StandardCharsets.UTF_8);
        byte[] bad = utf8.clone();
        int atChar = sample.indexOf("\"pitch\"");
        int line = (int) sample.substring(0, atChar).chars().filter(c -> c == '\n').count() + 1;
        int at = sample.substring(0, atChar).getBytes(StandardCharsets.UTF_8).length;
        bad[at] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("latin1.json"), bad);
        DocumentException e = assertThrows(DocumentException.class, () -> EditionFile.read(file));
        assertEquals(line, e.line());
        assertTrue(e.getMessage().contains("the byte 0xFF at offset " + at), e.getMessage());
        assertEquals(sample.substring(sample.lastIndexOf('\n', atChar) + 1, atChar).length() + 1, e.column());
    }

    @Test
    void aPipeOrADeviceIsNotReadAsAnEdition() throws Exception {
        DocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(DocumentException.class, () -> EditionFile.read(Path.of("/dev/zero"))));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        Path fifo = dir.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        DocumentException p = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(DocumentException.class, () -> EditionFile.read(fifo)));
        assertTrue(p.getMessage().contains("not a regular file"), p.getMessage());
    }

    // ---- 5. never write what cannot be read back ----

    @Test
    void aParagraphOverTheLimitIsNotSavedAndTheFileStaysAsItWas() throws Exception {
        Path file = dir.resolve("edition.json");
        Files.copy(SampleEditionBuilder.FILE, file);
        byte[] before = Files.readAllBytes(file);
        Edition e = EditionFile.read(file);
        Story s = e.stories().get(0);
        List<Paragraph> ps = new ArrayList<>(s.paragraphs());
        ps.set(0, new Paragraph(ps.get(0).style(), "。".repeat(Limits.MAX_PARAGRAPH_CHARS + 1)));
        List<Story> stories = new ArrayList<>(e.stories());
        stories.set(0, new Story(s.id(), s.title(), ps, s.chain(), s.continuationHeadline(), s.balanceLastFrame()));
        Edition big = new Edition(e.name(), e.date(), e.settings(), e.templates(), e.styles(), e.pages(), stories);
        IOException refusal = assertThrows(IOException.class, () -> EditionFile.write(big, file));
        assertTrue(refusal.getMessage().contains("paragraph 1 of story \"" + s.id() + "\" has 2000001 characters"),
                refusal.getMessage());
        assertTrue(refusal.getMessage().contains("the file was not changed"), refusal.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aParagraphAtTheLimitSavesAndReadsBack() throws Exception {
        Path file = dir.resolve("edition.json");
        Edition e = EditionFile.read(SampleEditionBuilder.FILE);
        Story s = e.stories().get(0);
        List<Paragraph> ps = new ArrayList<>(s.paragraphs());
        ps.set(0, new Paragraph(ps.get(0).style(), "报".repeat(Limits.MAX_PARAGRAPH_CHARS)));
        List<Story> stories = new ArrayList<>(e.stories());
        stories.set(0, new Story(s.id(), s.title(), ps, s.chain(), s.continuationHeadline(), s.balanceLastFrame()));
        Edition big = new Edition(e.name(), e.date(), e.settings(), e.templates(), e.styles(), e.pages(), stories);
        EditionFile.write(big, file);
        assertEquals(Limits.MAX_PARAGRAPH_CHARS, EditionFile.read(file).stories().get(0).paragraphs().get(0).text().length());
    }

    @Test
    void aFileWithALongerParagraphIsRefusedWhereItIs() {
        // the lead's first paragraph (a table cell's "text" comes earlier in the file)
        String text = replaceOnce("\"text\": \"本报讯", "\"text\": \"" + "。".repeat(Limits.MAX_PARAGRAPH_CHARS + 1) + "本报讯");
        DocumentException e = refused(text);
        assertTrue(e.getMessage().contains(".paragraphs[0].text: a paragraph of 2000"), e.getMessage());
        assertTrue(e.getMessage().contains("at most 2000000"), e.getMessage());
    }
}
