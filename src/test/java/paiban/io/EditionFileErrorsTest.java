package paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Damaged and foreign files: each gives a DocumentException whose message
 * names the file, the place and the problem in plain words.
 */
class EditionFileErrorsTest {
    private static String sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSample() throws Exception {
        sample = Files.readString(SampleEditionBuilder.FILE, StandardCharsets.UTF_8);
    }

    private String fail(String text) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return failBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private String failBytes(byte[] bytes) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.write(file, bytes);
        DocumentException e = assertThrows(DocumentException.class, () -> EditionFile.read(file));
        String m = e.getMessage();
        assertTrue(m.startsWith(file.toString()), "message names the file: " + m);
        assertPlain(m);
        return m;
    }

    /** No parser internals in what a user reads. */
    static void assertPlain(String m) {
        assertFalse(m.contains("jackson"), m);
        assertFalse(m.contains("Exception"), m);
        assertFalse(m.contains("\tat "), m);
        assertFalse(m.contains("Source:"), m);
        assertFalse(m.contains("code "), m);
        assertFalse(m.contains("`"), m);
        assertFalse(m.contains("Constraints"), m);
        assertFalse(m.contains("\n"), "one line: " + m);
    }

    /** Replaces the first occurrence, failing the test if it is not there. */
    private static String replaceOnce(String text, String from, String to) {
        int i = text.indexOf(from);
        assertTrue(i >= 0, "sample lacks " + from);
        return text.substring(0, i) + to + text.substring(i + from.length());
    }

    @Test
    void emptyFile() throws Exception {
        assertTrue(fail("").endsWith(": the file is empty"));
        assertTrue(fail("  \n\t\n").endsWith(": the file is empty"));
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.json");
        DocumentException e = assertThrows(DocumentException.class, () -> EditionFile.read(file));
        assertEquals(file + ": no such file", e.getMessage());
    }

    @Test
    void truncatedAtEveryTenthOfTheSample() throws Exception {
        for (int i = 1; i < 10; i++) {
            String m = fail(sample.substring(0, sample.length() * i / 10));
            assertTrue(m.contains("cut off"), m);
            assertTrue(m.matches(".*bad\\.json:\\d+:\\d+: .*"), "line and column: " + m);
        }
    }

    @Test
    void truncatedInsideALiteralIsCutOffToo() throws Exception {
        int at = sample.indexOf("\"bold\": true") + "\"bold\": t".length();
        String m = fail(sample.substring(0, at));
        assertTrue(m.contains("cut off"), m);
    }

    @Test
    void truncatedByAFewBytes() throws Exception {
        String m = fail(sample.substring(0, sample.length() - 4));
        assertTrue(m.contains("cut off"), m);
    }

    @Test
    void malformedGivesLineAndColumn() throws Exception {
        // A comma missing after "version": 1 on line 3.
        String m = fail(replaceOnce(sample, "\"version\": 2,", "\"version\": 2"));
        assertTrue(m.contains("bad.json:4:3: "), m);
        assertTrue(m.contains("not valid JSON"), m);
    }

    @Test
    void trailingGarbage() throws Exception {
        String m = fail(sample + "}\n");
        assertTrue(m.contains("more text after the end"), m);
    }

    @Test
    void duplicateKey() throws Exception {
        String m = fail(replaceOnce(sample, "\"name\": \"滨江日报\",", "\"name\": \"滨江日报\", \"name\": \"x\","));
        assertTrue(m.contains("a key appears twice"), m);
        assertTrue(m.contains("name"), m);
    }

    @Test
    void binaryFile() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(failBytes(png).endsWith("this is a binary file, not an edition (Paiban editions are JSON text)"));
        byte[] noise = new byte[2000];
        new Random(7).nextBytes(noise);
        String m = failBytes(noise);
        assertTrue(m.contains("binary") || m.contains("not UTF-8"), m);
    }

    @Test
    void notUtf8() throws Exception {
        byte[] gbk = "{\"format\": \"paiban\", \"name\": \"滨江日报\"}".getBytes(java.nio.charset.Charset.forName("GBK"));
        String m = failBytes(gbk);
        assertTrue(m.endsWith("bad.json:1:31: the file is not UTF-8 text: the byte 0xB1 at offset 30 is not UTF-8 (Paiban editions are JSON in UTF-8)"), m);
    }

    @Test
    void plainTextIsNotJson() throws Exception {
        String m = fail("滨江日报 2026年4月25日\n要闻\n");
        assertTrue(m.contains("bad.json:1:1: this is not valid JSON"), m);
    }

    @Test
    void jsonThatIsNotAnObject() throws Exception {
        assertTrue(fail("[1, 2, 3]").contains("the file holds a list, not a Paiban edition"));
    }

    @Test
    void wrongFormat() throws Exception {
        String m = fail(replaceOnce(sample, "\"format\": \"paiban\"", "\"format\": \"indesign\""));
        assertTrue(m.endsWith("bad.json:2:3 at format: this is not a Paiban edition: \"format\" is the text \"indesign\", expected \"paiban\""), m);
        assertTrue(fail("{\"name\": \"x\"}").endsWith("this is not a Paiban edition: the key \"format\": \"paiban\" is missing"));
    }

    @Test
    void newerVersionIsRefused() throws Exception {
        String m = fail(replaceOnce(sample, "\"version\": 2,", "\"version\": 7,"));
        assertTrue(m.endsWith("bad.json:3:3 at version: the file is of format version 7, written by a newer Paiban; "
                + "this program reads versions up to 2. Open it with a newer Paiban."), m);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "\"version\": 0,;          there is no format version 0 (versions start at 1)",
            "\"version\": \"1\",;      \"version\" must be a whole number, found the text \"1\"",
            "\"version\": 1.5,;        \"version\" must be a whole number, found the number 1.5",
            "'';                       the key \"version\" is missing",
    })
    void unknownVersion(String replacement, String problem) throws Exception {
        String m = fail(replaceOnce(sample, "\"version\": 2,", replacement));
        assertTrue(m.endsWith(problem), m);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // what to replace; with what; expected end of the message
            "\"columns\": 8,;      \"columns\": \"eight\",;   at templates[0].columns: expected a whole number but found the text \"eight\"",
            "\"pitch\": 13.5;      \"pitch\": true;          at templates[0].pitch: expected a length in points (a number such as 13.5) but found true",
            "\"bold\": false,;     \"bold\": \"no\",;        at styles.paragraph[0].bold: expected true or false but found the text \"no\"",
            "\"alignment\": \"justify\";  \"alignment\": \"justified\";  at styles.paragraph[0].alignment: \"justified\" is not one of \"justify\", \"left\", \"center\", \"right\", \"spread\"",
            "\"family\": \"宋体\";  \"family\": \"Arial\";     at styles.paragraph[0].family: \"Arial\" is not a font family (宋体, 标宋, 小标宋, 大标宋, 黑体, 大黑, 楷体, 仿宋)",
            "\"color\": \"C0 M0 Y0 K100\";  \"color\": \"C0 M0 Y0 K120\";  at styles.paragraph[0].color: k must be 0..100, was 120",
            "\"color\": \"C0 M0 Y0 K100\";  \"color\": \"black\";  at styles.paragraph[0].color: \"black\" is not a CMYK colour (write it like \"C0 M100 Y100 K0\")",
            "\"date\": \"2026-04-25\";  \"date\": \"2026-4-25\";  at date: \"2026-4-25\" is not a date written as YYYY-MM-DD",
            "\"label\": \"01\";  \"label\": [\"01\"];     at pages[0].label: expected text in quotes but found a list",
            "\"frames\": [;       \"frames\": {\"a\": 1}, \"x\": [;  at pages[0].frames: expected a list [ … ] but found an object",
            "\"width\": 369, ;     \"width\": -369, ;         at pages[0].frames[0].bounds.width: the length -369 pt is too small: at least 0 pt (0 mm) here",
            "\"type\": \"header\";  \"type\": \"circle\";       at pages[0].frames[0].type: \"circle\" is not a kind of frame (text, headline, image, rule, ad, header or table)",
            "\"columns\": 1,;      \"columns\": 0,;           at pages[0].frames[2].columns: 0 is too small: at least 1 here",
            "\"weight\": 2;        \"weight\": 0;             at pages[0].frames[3].weight: the length 0 pt must be more than 0",
            "\"advertiser\": \"滨江城建集团　江岸名邸　品质人居\";  \"advertiser\": \"x\", \"placedPage\": 0;  at pages[0].frames[24]: the placed page must be 1 or more, not 0",
            "\"inkLimit\": 240;    \"inkLimit\": 500;         at settings: ink limit must be 100..400%, was 500",
            "\"pageNaming\": \"chinese-numeral\";  \"pageNaming\": \"roman\";  at settings.pageNaming: \"roman\" is not one of \"chinese-numeral\", \"label\"",
            "\"start\": 0, \"end\": 17, ;  \"start\": 9, \"end\": 2, ;  at stories[0].paragraphs[0].runs[0]: bad run [9,2)",
            "\"end\": 17, ;         \"end\": 9999, ;           at stories[0].paragraphs[0]: run [0,9999) beyond text of length",
            "\"template\": \"对开\";  \"template\": \"四开\";  at pages[0].template: there is no page template named \"四开\" (the edition has 对开)",
            "\"trimWidth\": 1105.512;  \"trimWidth\": 1e12;    at templates[0].trimWidth: the length 1E+12 is too large (at most 5669.291 pt (2000 mm))",
            "\"trimWidth\": 1105.512;  \"trimWidth\": \"39cm\";  at templates[0].trimWidth: \"39cm\" is not a length (write points as a number, or \"390mm\", \"9pt\")",
    })
    void wrongValueNamesItsPath(String from, String to, String expectedEnd) throws Exception {
        String m = fail(replaceOnce(sample, from, to));
        assertTrue(m.contains(expectedEnd), m);
        assertTrue(m.matches(".*bad\\.json:\\d+:\\d+ at .*"), "line and column: " + m);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "\"template\": \"对开\",;   at pages[0]: the required key \"template\" is missing",
            "\"charsPerColumn\": 13,;  at templates[0]: the required key \"charsPerColumn\" is missing",
            "\"id\": \"p1-header\",;    at pages[0].frames[0]: the required key \"id\" is missing",
            "\"bounds\": {\"x\": 683.256, \"y\": 86.191, \"width\": 369, \"height\": 9},;  at pages[0].frames[0]: the required key \"bounds\" is missing",
    })
    void missingRequiredField(String remove, String expected) throws Exception {
        String m = fail(replaceOnce(sample, remove, ""));
        assertTrue(m.endsWith(expected), m);
    }

    @Test
    void optionalKeysMayBeLeftOut() throws Exception {
        Path file = dir.resolve("ok.json");
        String text = replaceOnce(sample, "\"style\": \"solid\",", "");
        text = replaceOnce(text, "\"settings\": {\"pageNaming\": \"chinese-numeral\", \"inkLimit\": 240, \"bleed\": 8.504},", "");
        Files.writeString(file, text);
        assertEquals(SampleEditionBuilder.build(), EditionFile.read(file));
    }

    @Test
    void placeIsAlsoGivenApart() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, replaceOnce(sample, "\"columns\": 8,", "\"columns\": \"eight\","));
        DocumentException e = assertThrows(DocumentException.class, () -> EditionFile.read(file));
        assertEquals("templates[0].columns", e.path());
        assertEquals("expected a whole number but found the text \"eight\"", e.problem());
        assertEquals(sample.lines().toList().indexOf("      \"columns\": 8,") + 1, e.line());
        assertEquals(7, e.column());
        DocumentException empty = assertThrows(DocumentException.class, () -> EditionFile.fromJson("", "x"));
        assertEquals(-1, empty.line());
        assertEquals("", empty.path());
    }

    @Test
    void misspeltKeyIsReported() throws Exception {
        String m = fail(replaceOnce(sample, "\"columns\": 1,", "\"columns\": 1, \"colums\": 2,"));
        assertTrue(m.contains("at pages[0].frames[2].colums: unknown key \"colums\""), m);
    }

    @Test
    void duplicateIdsAreReported() throws Exception {
        String m = fail(replaceOnce(sample, "\"id\": \"p1-masthead\"", "\"id\": \"p1-header\""));
        assertTrue(m.endsWith("at pages[0].frames[1].id: another frame on this page already has the id \"p1-header\""), m);
    }

    @Test
    void lengthsMayBeWrittenWithUnits() throws Exception {
        Path file = dir.resolve("mm.json");
        Files.writeString(file, replaceOnce(sample, "\"trimWidth\": 1105.512", "\"trimWidth\": \"390mm\""));
        assertEquals(SampleEditionBuilder.build(), EditionFile.read(file));
    }
}
