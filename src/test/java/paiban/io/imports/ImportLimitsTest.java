package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 point 6: a 200 MB .txt and a .docx that inflates far past its size used to take gigabytes of heap
 * and die with "Java heap space". Each limit of {@link ImportLimits} now stops the import with a message that
 * names it, checked before the memory is spent: the large inputs are made here, sparse or highly compressed,
 * so the tests stay small and quick.
 */
class ImportLimitsTest {
    @TempDir Path dir;

    private ImportException refused(Path f) {
        return assertThrows(ImportException.class, () -> StoryImporter.importFile(f, ImportOptions.defaults()));
    }

    @Test
    void aTextFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path f = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(200L << 20); // sparse: 200 MB that take no disk and are never read
        }
        ImportException e = refused(f);
        assertEquals(f + ": too large to import (200 MB); a .txt file may be at most 8 MB: import the stories one at a time",
                e.getMessage());
        assertEquals(f + "：文件太大（200 MB），.txt 文件最大 8 MB：请逐篇置入",
                ImportReportTexts.of(Locale.SIMPLIFIED_CHINESE).message(e));
    }

    @Test
    void aParagraphOverTheLimitNamesItsLine() throws Exception {
        Path f = dir.resolve("oneline.txt");
        String text = "标题\n\n第一段。\n" + "长".repeat(ImportLimits.MAX_PARAGRAPH_CHARS + 1) + "\n";
        Files.writeString(f, text, StandardCharsets.UTF_8);
        ImportException e = refused(f);
        assertEquals(f + ": paragraph 3 (from line 4) has 100001 characters, more than the 100000 one paragraph may have;"
                + " are its line breaks missing?", e.getMessage());
    }

    @Test
    void tooManyParagraphs() throws Exception {
        Path f = dir.resolve("many.txt");
        Files.writeString(f, "一段。\n".repeat(ImportLimits.MAX_PARAGRAPHS + 1), StandardCharsets.UTF_8);
        assertEquals(f + ": more than 20000 paragraphs: import the stories one at a time", refused(f).getMessage());
        Files.writeString(f, "一段。\n".repeat(ImportLimits.MAX_PARAGRAPHS), StandardCharsets.UTF_8);
        assertEquals(ImportLimits.MAX_PARAGRAPHS, StoryImporter.importFile(f, ImportOptions.defaults()).body().paragraphs().size());
    }

    /** A small .docx whose document.xml inflates to more than the text limit: refused before POI parses it. */
    @Test
    void aDocxThatInflatesPastTheLimitIsRefused() throws Exception {
        Path f = dir.resolve("bomb.docx");
        byte[] para = "<w:p><w:r><w:t>一</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    .getBytes(StandardCharsets.UTF_8));
            long written = 0;
            while (written <= ImportLimits.MAX_DOCX_XML_BYTES) {
                zip.write(para);
                written += para.length;
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(f) < ImportLimits.MAX_DOCX_XML_BYTES / 20, "the package itself is small: " + Files.size(f));
        ImportException e = refused(f);
        assertEquals(f + ": the text of this .docx unpacks to more than 8 MB (at part word/document.xml), more than an import takes",
                e.getMessage());
    }

    /** A .docx of tiny paragraphs within the size limit: counted while inflating, refused before POI builds them. */
    @Test
    void aDocxOfTooManyParagraphsIsRefusedBeforeParsing() throws Exception {
        Path f = dir.resolve("many.docx");
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] para = "<w:p><w:r><w:t>一</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i <= 2 * ImportLimits.MAX_PARAGRAPHS; i++) zip.write(para);
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(f + ": more than 20000 paragraphs: import the stories one at a time", refused(f).getMessage());
    }

    @Test
    void aDocxFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path f = dir.resolve("huge.docx");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.write(new byte[] {'P', 'K', 3, 4});
            raf.setLength(90L << 20);
        }
        assertEquals(f + ": too large to import (90 MB); a .docx file may be at most 64 MB: import the stories one at a time",
                refused(f).getMessage());
    }

    /** A named pipe would block the import for ever: it is refused as not a regular file. */
    @Test
    void aPipeIsRefused() throws Exception {
        Path f = dir.resolve("pipe.txt");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", f.toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no mkfifo here");
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(f), "mkfifo failed");
        assertEquals(f + ": not a regular file (a pipe, device or socket)", refused(f).getMessage());
    }
}
