package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.io.imports.Cleanup;
import paiban.io.imports.ImportOptions;
import paiban.io.imports.ImportResult;
import paiban.io.imports.StoryImporter;
import paiban.io.imports.StoryJson;
import paiban.io.imports.StyleMapping;
import paiban.model.story.Paragraph;

class ImportCommandTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);

    private Path copy() throws Exception {
        Path f = dir.resolve("copy.txt");
        Files.writeString(f, "市教育局推出新举措\n本报讯(记者 张三)今天,市 教 育 局召开**发布会**。\n（记者 李四）\n");
        return f;
    }

    private String printed() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheStoryFileAndPrintsTheReport() throws Exception {
        Path story = dir.resolve("story.json");
        int code = new ImportCommand().run(List.of(copy().toString(), "-o", story.toString()), out, out);
        assertEquals(Cli.OK, code);
        StoryJson.Content c = StoryJson.read(story);
        assertEquals(List.of(new Paragraph("主题", "市教育局推出新举措")), c.headline());
        assertEquals(List.of(new Paragraph("电头", "本报讯（记者 张三）今天，市教育局召开**发布会**。",
                        List.of(new paiban.model.story.CharRun(0, 10, "粗体"))),
                new Paragraph("署名", "（记者 李四）")), c.body().paragraphs());
        assertEquals("市教育局推出新举措", c.body().title());
        String report = printed();
        assertTrue(report.contains("encoding: UTF-8 (valid UTF-8, no byte order mark)"), report);
        assertTrue(report.contains("punctuation         3  half-width punctuation beside Chinese made full-width"), report);
        assertTrue(report.contains("chinese-spaces      3  spaces between Chinese characters removed (between the phrases of a headline: one 字 space)"), report);
        assertTrue(report.contains("wrote " + story + ": 1 headline and 2 body paragraphs, 0 pictures"), report);
    }

    @Test
    void rulesSwitchOff() throws Exception {
        Path story = dir.resolve("story.json");
        new ImportCommand().run(List.of(copy().toString(), "--no-punctuation", "--no-dateline", "-o", story.toString()), out, out);
        assertEquals(new Paragraph("正文", "本报讯(记者 张三)今天,市教育局召开**发布会**。"),
                StoryJson.read(story).body().paragraphs().get(0));
    }

    @Test
    void jsonRoundTripKeepsRuns() throws Exception {
        Path f = dir.resolve("b.txt");
        Files.writeString(f, "第一段。\n第二段。\n");
        ImportResult r = StoryImporter.importFile(f, ImportOptions.defaults());
        Path story = dir.resolve("b.json");
        StoryJson.write(r, story);
        StoryJson.Content c = StoryJson.read(story);
        assertEquals(r.body(), c.body());
        String json = Files.readString(story);
        assertTrue(json.contains("\"format\" : \"paiban-story\""), json);
        assertTrue(json.contains("\"version\" : 1"), json);
    }

    @Test
    void missingStyleMapIsWrittenForEditing() throws Exception {
        Path map = dir.resolve("styles.json");
        new ImportCommand().run(List.of(copy().toString(), "--styles", map.toString(), "-o", dir.resolve("s.json").toString()), out, out);
        assertEquals(StyleMapping.defaults(), StyleMapping.load(map));
        assertTrue(printed().startsWith("wrote the built-in style mapping to " + map), printed());
    }

    @Test
    void badInputIsAUsageErrorNamingTheFile() throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        UsageException e = assertThrows(UsageException.class,
                () -> new ImportCommand().run(List.of(empty.toString(), "-o", dir.resolve("x.json").toString()), out, out));
        assertEquals(empty + ": empty file", e.getMessage());
        assertTrue(Files.notExists(dir.resolve("x.json")), "no partial story written");
    }

    @Test
    void badOptions() throws Exception {
        Path f = copy();
        assertEquals("-o STORY.json is required",
                assertThrows(UsageException.class, () -> new ImportCommand().run(List.of(f.toString()), out, out)).getMessage());
        assertEquals("unknown option --no-such-rule",
                assertThrows(UsageException.class, () -> new ImportCommand().run(
                        List.of(f.toString(), "--no-such-rule", "-o", "x.json"), out, out)).getMessage());
    }

    @Test
    void usageListsEveryRuleAndTheFormat() {
        String usage = new ImportCommand().usage();
        for (Cleanup c : Cleanup.values()) assertTrue(usage.contains("--no-" + c.cliName()), c.cliName());
        assertTrue(usage.contains("\"format\":\"paiban-story\",\"version\":1"));
    }
}
