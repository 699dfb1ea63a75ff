package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA 89-placed: the editor's import report was half English in the Chinese UI. The report holds codes;
 * the texts come per language, English as the import command always printed it.
 */
class ImportReportTextsTest {
    static final String COPY = "滨江新闻标题\n\n　　本报讯（记者 张三）这是一段测试文字。\n";

    private static ImportReport report(Path dir) throws Exception {
        Path f = dir.resolve("place.txt");
        Files.writeString(f, COPY, StandardCharsets.UTF_8);
        return StoryImporter.importFile(f, ImportOptions.defaults()).report();
    }

    @Test
    void chineseReportSpeaksChinese(@TempDir Path dir) throws Exception {
        List<String> lines = ImportReportTexts.of(Locale.SIMPLIFIED_CHINESE).lines(report(dir));
        assertEquals("来源：place.txt（纯文本）", lines.get(0));
        assertEquals("编码：UTF-8（合法 UTF-8，无字节顺序标记）", lines.get(1));
        assertEquals(List.of("段首缩进已删除 1 段", "识别出电头 1 段", "识别出标题 1 行"), lines.subList(2, lines.size()));
    }

    @Test
    void englishReportIsWhatTheCommandLinePrints(@TempDir Path dir) throws Exception {
        ImportReport r = report(dir);
        assertEquals(List.of("source: place.txt (text)", "encoding: UTF-8 (valid UTF-8, no byte order mark)",
                "leading-indent      1  leading indentation dropped", "dateline            1  电头 recognised",
                "headline            1  headline lines recognised"), r.lines());
        assertEquals(r.lines(), ImportReportTexts.of(Locale.ENGLISH).lines(r));
    }

    @Test
    void theEnglishRuleTextsAreTheCommandLinesHelp() {
        ImportReportTexts en = ImportReportTexts.of(Locale.ENGLISH);
        for (Cleanup c : Cleanup.values()) assertEquals(c.description(), en.text("cleanup." + c.cliName()));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(Collections.list(ImportReportTexts.load(Locale.ENGLISH).getKeys())),
                new TreeSet<>(Collections.list(ImportReportTexts.load(Locale.SIMPLIFIED_CHINESE).getKeys())));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ResourceBundle.getBundle(ImportReportTexts.BUNDLE, Locale.SIMPLIFIED_CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getLocale());
    }
}
