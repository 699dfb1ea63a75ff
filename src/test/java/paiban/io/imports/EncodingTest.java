package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;

/** Text files in each encoding Chinese newsrooms send, and the bad ones. */
class EncodingTest {
    @TempDir Path dir;

    static final String TEXT = "本报讯（记者 张三）今天，全市１２０所学校推行课后服务。\r\n据介绍，投入资金3.5亿元。\r\n";
    static final List<Paragraph> EXPECTED = List.of(
            new Paragraph("电头", "本报讯（记者 张三）今天，全市120所学校推行课后服务。", List.of(new CharRun(0, 10, "粗体"))),
            new Paragraph("正文", "据介绍，投入资金3.5亿元。"));

    private Path file(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest(name = "{0} with BOM {1}")
    @CsvSource({
            "UTF-8,    ,      UTF-8,    'valid UTF-8, no byte order mark'",
            "UTF-8,    EFBBBF, UTF-8,   byte order mark",
            "GB18030,  ,      GB18030,  'not valid UTF-8, reads as GB18030'",
            "UTF-16LE, FFFE,  UTF-16LE, byte order mark",
            "UTF-16BE, FEFF,  UTF-16BE, byte order mark",
            "UTF-16LE, ,      UTF-16LE, 'reads as UTF-16LE text, no byte order mark'",
            "UTF-16BE, ,      UTF-16BE, 'reads as UTF-16BE text, no byte order mark'",
    })
    void detectsAndReportsTheEncoding(String charset, String bom, String expected, String reason) throws Exception {
        byte[] body = TEXT.getBytes(Charset.forName(charset));
        byte[] mark = bom == null ? new byte[0] : java.util.HexFormat.of().parseHex(bom);
        ImportResult r = StoryImporter.importFile(file("copy.txt", concat(mark, body)), ImportOptions.defaults());
        assertEquals(EXPECTED, r.body().paragraphs());
        assertEquals(expected, r.report().encoding());
        assertEquals(reason, ImportReportTexts.of(java.util.Locale.ENGLISH).encodingReason(r.report().encodingReason()));
    }

    @Test
    void asciiOnlyIsReadAsUtf8AndSaysSo() throws Exception {
        ImportResult r = StoryImporter.importFile(file("a.txt", "Hello.\n".getBytes(StandardCharsets.US_ASCII)), ImportOptions.defaults());
        assertEquals("UTF-8", r.report().encoding());
        assertEquals("ascii", r.report().encodingReason());
        assertEquals("ASCII only, read as UTF-8", ImportReportTexts.of(java.util.Locale.ENGLISH).encodingReason("ascii"));
    }

    @Test
    void emptyFile() throws Exception {
        Path f = file("empty.txt", new byte[0]);
        ImportException e = assertThrows(ImportException.class, () -> StoryImporter.importFile(f, ImportOptions.defaults()));
        assertEquals(f + ": empty file", e.getMessage());
    }

    @Test
    void onlyWhiteSpace() throws Exception {
        Path f = file("blank.txt", " \n\u3000\n\n".getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> StoryImporter.importFile(f, ImportOptions.defaults()));
        assertEquals(f + ": empty file (no text, only white space)", e.getMessage());
    }

    @Test
    void binaryFile() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2};
        Path f = file("photo.txt", png);
        ImportException e = assertThrows(ImportException.class, () -> StoryImporter.importFile(f, ImportOptions.defaults()));
        assertEquals(f + ": not a text file: it holds binary data (NUL or control bytes)", e.getMessage());
    }

    @Test
    void undecodableBytes() throws Exception {
        // Valid GB18030 lead bytes, then 0xFF, which no candidate encoding reads.
        byte[] bad = concat("今天".getBytes(Charset.forName("GB18030")), new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        Path f = file("bad.txt", bad);
        ImportException e = assertThrows(ImportException.class, () -> StoryImporter.importFile(f, ImportOptions.defaults()));
        assertEquals(f + ": cannot decode the text: not UTF-8 (byte 0xBD at offset 0), nor UTF-16 or GB18030 Chinese; save it as UTF-8 and import again", e.getMessage());
    }

    @Test
    void utf8MarkWithBrokenBytes() throws Exception {
        Path f = file("broken.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3});
        ImportException e = assertThrows(ImportException.class, () -> StoryImporter.importFile(f, ImportOptions.defaults()));
        assertEquals(f + ": not valid UTF-8 although it starts with a UTF-8 byte order mark", e.getMessage());
    }

    @Test
    void missingFileAndFolder() {
        Path missing = dir.resolve("nope.txt");
        ImportException e = assertThrows(ImportException.class, () -> StoryImporter.importFile(missing, ImportOptions.defaults()));
        assertEquals(missing + ": no such file", e.getMessage());
        ImportException d = assertThrows(ImportException.class, () -> StoryImporter.importFile(dir, ImportOptions.defaults()));
        assertTrue(d.getMessage().endsWith(": is a folder, not a file"));
    }

    /**
     * Issue 13 point 6: Japanese Shift_JIS copy came in as mojibake with exit 0, "read as UTF-16LE" (even length)
     * or as GB18030. Neither reading is believed now: the file is refused, naming the first byte that is not UTF-8.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            東京都は５月３日、新しい計画を発表しました。/記者会見で知事が説明した。/
            東京都は５月３日、新しい計画を発表しました。/記者会見で知事が説明した。/。
            """)
    void shiftJisIsRefusedNotMojibake(String text) throws Exception {
        byte[] sjis = text.replace("/", "\n").getBytes(Charset.forName("Shift_JIS"));
        Path f = file("japan.txt", sjis);
        ImportException e = assertThrows(ImportException.class, () -> StoryImporter.importFile(f, ImportOptions.defaults()));
        assertEquals(f + String.format(": cannot decode the text: not UTF-8 (byte 0x%02X at offset 0) nor Chinese;", sjis[0] & 0xFF)
                + " it looks like Japanese Shift_JIS, save it as UTF-8 and import again", e.getMessage());
        assertTrue(ImportReportTexts.of(java.util.Locale.SIMPLIFIED_CHINESE).message(e).contains("看来是日文 Shift_JIS"));
    }

    /** The same words in Shift_JIS without kana are still refused (as not Chinese), with the offset. */
    @Test
    void undecodableMessageNamesTheOffsetOfTheFirstBadByte() throws Exception {
        byte[] b = concat("Report: ".getBytes(StandardCharsets.US_ASCII), "東京都知事選挙".getBytes(Charset.forName("Shift_JIS")));
        Path f = file("kanji.txt", b);
        ImportException e = assertThrows(ImportException.class, () -> StoryImporter.importFile(f, ImportOptions.defaults()));
        assertTrue(e.getMessage().contains(String.format("not UTF-8 (byte 0x%02X at offset 8)", b[8] & 0xFF)), e.getMessage());
    }

    /** Real GBK copy with a rare character or two (镕, 堃 in names) still reads as GB18030. */
    @Test
    void gbkCopyWithARareNameStillReads() throws Exception {
        String text = "本报讯（记者 王堃）今天，朱镕基同志的著作出版座谈会在京举行，与会者回顾了书中的故事。\n";
        ImportResult r = StoryImporter.importFile(file("gbk.txt", text.getBytes(Charset.forName("GBK"))), ImportOptions.defaults());
        assertEquals("GB18030", r.report().encoding());
        assertEquals(text.strip(), r.body().paragraphs().get(0).text());
    }
}
