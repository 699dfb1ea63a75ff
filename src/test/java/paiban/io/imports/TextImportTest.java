package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;

/** A whole reporter's text through the importer: paragraphs, styles, text and counts exactly. */
class TextImportTest {
    @TempDir Path dir;

    /** Every clean-up case: indented, hard-wrapped, PDF-spaced, half-width punctuation, full-width digits, 电头, subheads, 署名. */
    static final String COPY = """
            　　为了孩子们的明天
            市 教 育 局推出十项新举措
            ——全市中小学将全面推行课后服务

            　　本报讯(记者 张三 李四)11 月 24 日,市 教 育 局召开新闻发布会,
            宣布从下学期起在全市推行课后服务.

              据介绍,今年全市投入资金３.５亿元，覆盖１２０所学\u00AD校。
            课后服务时间为每天下午3:30至5:30.

            一、丰富服务内容

            学校将开设体育、艺术等课程(共 20 门),学生可自愿选择,

            如 Open  Source   Club 等.(下转第3版)

            二、保障师资力量

            市教育局负\u200B责人表示:“我们将持续跟进.”（记者 张三）
            """;

    /** Rule, count, rule, count …: every rule not named counts 0. */
    static Map<Cleanup, Integer> counts(Object... ruleAndCount) {
        Map<Cleanup, Integer> m = new java.util.EnumMap<>(Cleanup.class);
        for (Cleanup c : Cleanup.values()) m.put(c, 0);
        for (int i = 0; i < ruleAndCount.length; i += 2) m.put((Cleanup) ruleAndCount[i], (Integer) ruleAndCount[i + 1]);
        return m;
    }

    static Path write(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void everyCleanupCase() throws Exception {
        ImportResult r = StoryImporter.importFile(write(dir, "copy.txt", COPY), ImportOptions.defaults());
        assertEquals(List.of(
                new Paragraph("引题", "为了孩子们的明天"),
                new Paragraph("主题", "市教育局推出十项新举措"),
                new Paragraph("副题", "——全市中小学将全面推行课后服务")), r.headline());
        assertEquals(List.of(
                new Paragraph("电头", "本报讯（记者 张三 李四）11月24日，市教育局召开新闻发布会，宣布从下学期起在全市推行课后服务。",
                        List.of(new CharRun(0, 13, "粗体"))),
                new Paragraph("正文", "据介绍，今年全市投入资金3.5亿元，覆盖120所学校。课后服务时间为每天下午3:30至5:30。"),
                new Paragraph("小标题", "一、丰富服务内容"),
                new Paragraph("正文", "学校将开设体育、艺术等课程（共 20 门），学生可自愿选择，如 Open Source Club 等。"),
                new Paragraph("小标题", "二、保障师资力量"),
                new Paragraph("正文", "市教育局负责人表示：“我们将持续跟进。”"),
                new Paragraph("署名", "（记者 张三）")), r.body().paragraphs());
        assertEquals("市教育局推出十项新举措", r.body().title());
        assertEquals("copy", r.body().id());
        ImportReport rep = r.report();
        assertEquals(counts(
                Cleanup.INVISIBLE, 2, Cleanup.JUMP_LINES, 1, Cleanup.JOIN_BROKEN, 1, Cleanup.JOIN_LINES, 2, Cleanup.LEADING_INDENT, 3, Cleanup.FULLWIDTH_ALNUM, 5,
                Cleanup.PUNCTUATION, 14, Cleanup.DATES, 1, Cleanup.CHINESE_SPACES, 6, Cleanup.COLLAPSE_SPACES, 2,
                Cleanup.DATELINE, 1, Cleanup.BYLINE, 1, Cleanup.HEADLINE, 3, Cleanup.SUBHEADS, 2), rep.counts());
        assertEquals("UTF-8", rep.encoding());
        assertTrue(rep.skipped().isEmpty());
        assertTrue(rep.warnings().isEmpty());
        assertEquals(List.of("removed the typed jump line (下转第3版) at line 15: Paiban sets jump lines itself",
                "joined line 13 “… 门),学生可自愿选择,” with the paragraph after it, “如 Open Source Cl…”:"
                + " it broke off mid-sentence",
                "invisible characters removed: U+00AD ×1, U+200B ×1 (soft hyphens, zero-width characters,"
                + " direction marks; line and paragraph separators became breaks)"),
                rep.notes().stream().map(ImportReportTexts.of(java.util.Locale.ENGLISH)::note).toList());
    }

    @Test
    void eachRuleSwitchesOffAlone() throws Exception {
        Path f = write(dir, "copy.txt", COPY);
        ImportResult all = StoryImporter.importFile(f, ImportOptions.defaults());
        for (Cleanup rule : Cleanup.values()) {
            ImportResult r = StoryImporter.importFile(f, ImportOptions.defaults().without(rule));
            assertEquals(0, r.report().count(rule), rule + " off yet counted");
            assertTrue(!r.allParagraphs().equals(all.allParagraphs()), rule + " off changed nothing");
        }
    }

    @Test
    void withoutPunctuationTheHalfWidthMarksStay() throws Exception {
        ImportResult r = StoryImporter.importFile(write(dir, "copy.txt", COPY), ImportOptions.defaults().without(Cleanup.PUNCTUATION));
        assertEquals(new Paragraph("电头", "本报讯(记者 张三 李四)11月24日,市教育局召开新闻发布会,宣布从下学期起在全市推行课后服务.",
                List.of(new CharRun(0, 13, "粗体"))),
                r.body().paragraphs().get(0));
    }

    @Test
    void oneParagraphALine() throws Exception {
        String text = "市教育局推出新举措\n本报讯（记者 张三）今天，市教育局召开发布会。\n  会上宣布了十项措施。\n（记者 李四）\n";
        ImportResult r = StoryImporter.importFile(write(dir, "lines.txt", text), ImportOptions.defaults());
        assertEquals(List.of(new Paragraph("主题", "市教育局推出新举措")), r.headline());
        assertEquals(List.of(
                new Paragraph("电头", "本报讯（记者 张三）今天，市教育局召开发布会。", List.of(new CharRun(0, 10, "粗体"))),
                new Paragraph("正文", "会上宣布了十项措施。"),
                new Paragraph("署名", "（记者 李四）")), r.body().paragraphs());
        assertEquals(0, r.report().count(Cleanup.JOIN_LINES));
    }

    @Test
    void oneParagraphALineWithBlankLinesBetween() throws Exception {
        String text = "第一段文字。\n\n第二段文字。\n\n\n第三段文字。\n";
        ImportResult r = StoryImporter.importFile(write(dir, "spaced.txt", text), ImportOptions.defaults());
        assertEquals(List.of("第一段文字。", "第二段文字。", "第三段文字。"),
                r.body().paragraphs().stream().map(Paragraph::text).toList());
        assertTrue(r.headline().isEmpty());
    }

    @Test
    void hardWrappedLatinLinesJoinWithASpace() throws Exception {
        String text = "Paiban sets Chinese\nnewspapers in columns.\n\nIt breaks lines\nby the clreq rules.\n";
        ImportResult r = StoryImporter.importFile(write(dir, "en.txt", text), ImportOptions.defaults());
        assertEquals(List.of("Paiban sets Chinese newspapers in columns.", "It breaks lines by the clreq rules."),
                r.allParagraphs().stream().map(Paragraph::text).toList());
        assertEquals(2, r.report().count(Cleanup.JOIN_LINES));
    }

    @Test
    void photoCreditIsAByline() throws Exception {
        String text = "图为学生在课后服务中练习书法。\n本报记者 王五 摄\n";
        ImportResult r = StoryImporter.importFile(write(dir, "photo.txt", text), ImportOptions.defaults());
        assertEquals(List.of(new Paragraph("正文", "图为学生在课后服务中练习书法。"), new Paragraph("署名", "本报记者 王五 摄")),
                r.body().paragraphs());
    }

    @Test
    void aRunOfShortLinesIsNotSubheads() throws Exception {
        String text = "这是第一段很长的正文内容，说明情况。\n春眠不觉晓\n处处闻啼鸟\n夜来风雨声\n这是最后一段正文。\n";
        ImportResult r = StoryImporter.importFile(write(dir, "poem.txt", text), ImportOptions.defaults().without(Cleanup.HEADLINE));
        assertTrue(r.body().paragraphs().stream().allMatch(p -> p.style().equals("正文")));
        assertEquals(0, r.report().count(Cleanup.SUBHEADS));
    }
}
