package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;

/** A Word document made here with POI: styles, bold runs, a table, a picture and a comment. */
class DocxImportTest {
    @TempDir Path dir;

    private static void style(XWPFStyles styles, String id, String name) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(ct, styles));
    }

    private static XWPFParagraph para(XWPFDocument doc, String styleId, String... boldAndPlain) {
        XWPFParagraph p = doc.createParagraph();
        if (styleId != null) p.setStyle(styleId);
        for (int i = 0; i < boldAndPlain.length; i++) {
            XWPFRun r = p.createRun();
            String t = boldAndPlain[i];
            if (t.startsWith("**")) {
                r.setBold(true);
                t = t.substring(2);
            }
            String[] lines = t.split("\n", -1);
            for (int k = 0; k < lines.length; k++) {
                if (k > 0) r.addBreak();
                r.setText(lines[k], k);
            }
        }
        return p;
    }

    static byte[] png(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static Path writeStoryDocx(Path dir) throws Exception {
        Path f = dir.resolve("story.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Title", "Title");
            style(styles, "Subtitle", "Subtitle");
            style(styles, "Heading2", "heading 2");
            style(styles, "Quote", "Quote");
            para(doc, null, "为了孩子们的明天");
            para(doc, "Title", "市教育局推出十项新举措");
            para(doc, "Subtitle", "——全市中小学将全面推行课后服务");
            para(doc, null, "　　本报讯(记者 张三)11月24日,", "**市 教 育 局", "召开新闻发布会,\n宣布推行课后服务.");
            XWPFParagraph pic = doc.createParagraph();
            pic.createRun().addPicture(new ByteArrayInputStream(png(4, 3)), PictureType.PNG, "photo.png",
                    Units.toEMU(144), Units.toEMU(108));
            para(doc, null, "图为学生在练习书法。");
            XWPFTable table = doc.createTable(2, 3);
            table.getRow(0).getCell(0).setText("学校");
            table.getRow(0).getCell(1).setText("人数");
            para(doc, "Heading2", "一、丰富服务内容");
            para(doc, "Quote", "学生们说：", "**“我们很喜欢。”");
            XWPFComment c = doc.createComments().createComment(BigInteger.ONE);
            c.setAuthor("编辑");
            c.createParagraph().createRun().setText("请核实数字");
            doc.write(out);
        }
        return f;
    }

    @Test
    void paragraphsStylesAndBoldRuns() throws Exception {
        ImportResult r = StoryImporter.importFile(writeStoryDocx(dir), ImportOptions.defaults());
        assertEquals(List.of(
                new Paragraph("引题", "为了孩子们的明天"),
                new Paragraph("主题", "市教育局推出十项新举措"),
                new Paragraph("副题", "——全市中小学将全面推行课后服务")), r.headline());
        assertEquals(List.of(
                new Paragraph("电头", "本报讯（记者 张三）11月24日，市教育局召开新闻发布会，宣布推行课后服务。",
                        List.of(new CharRun(0, 10, "粗体"), new CharRun(17, 21, "粗体"))),
                new Paragraph("正文", "图为学生在练习书法。"),
                new Paragraph("小标题", "一、丰富服务内容"),
                new Paragraph("正文", "学生们说：“我们很喜欢。”", List.of(new CharRun(5, 13, "粗体")))),
                r.body().paragraphs());
        ImportReport rep = r.report();
        assertEquals("docx", rep.format());
        assertEquals(null, rep.encoding());
        assertEquals(1, rep.count(Cleanup.HEADLINE), "only the unstyled 引题 was inferred");
        assertEquals(1, rep.count(Cleanup.JOIN_LINES));
        assertEquals(1, rep.count(Cleanup.LEADING_INDENT));
        assertEquals(3, rep.count(Cleanup.CHINESE_SPACES));
        assertEquals(5, rep.count(Cleanup.PUNCTUATION));
        assertEquals(1, rep.count(Cleanup.DATELINE));
        assertEquals(0, rep.count(Cleanup.SUBHEADS), "小标题 came from the Word style, not recognised");
        assertEquals(List.of("comment by 编辑: “请核实数字”"),
                rep.skipped().stream().map(ImportReportTexts.of(java.util.Locale.ENGLISH)::note).toList());
        assertTrue(rep.notes().stream().map(ImportReportTexts.of(java.util.Locale.ENGLISH)::note).toList()
                .contains("table 1 (2 rows × 3 columns) after paragraph 5, placed as a table frame: “学校 人数”"));
        assertEquals(1, r.tables().size(), "the table comes to be placed as a table frame");
        assertEquals("人数", r.tables().get(0).rows().get(0).get(1).text());
        assertEquals(List.of("Word style \"Quote\" has no mapping; its paragraphs are 正文"),
                rep.warnings().stream().map(ImportReportTexts.of(java.util.Locale.ENGLISH)::note).toList());
        assertEquals(List.of("编辑 的批注：“请核实数字”"),
                rep.skipped().stream().map(ImportReportTexts.of(java.util.Locale.SIMPLIFIED_CHINESE)::note).toList());
    }

    @Test
    void aLineBreakInAHeadlineStaysAndInBodyTextIsJoined() throws Exception {
        Path f = dir.resolve("breaks.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Title", "Title");
            style(styles, "Heading2", "heading 2");
            para(doc, "Title", "滨江四十二公里岸线\n今日全线贯通");
            para(doc, null, "本报讯　岸线贯通后，\n市民可以沿江骑行。");
            para(doc, "Heading2", "一、串联十二座公园\n沿线新增口袋公园");
            para(doc, null, "据介绍，今年还将新建绿道。");
            doc.write(out);
        }
        ImportResult r = StoryImporter.importFile(f, ImportOptions.defaults());
        assertEquals(List.of(new Paragraph("主题", "滨江四十二公里岸线\u2028今日全线贯通")), r.headline());
        List<Paragraph> body = r.body().paragraphs();
        assertEquals("小标题", body.get(1).style());
        assertEquals("一、串联十二座公园" + Paragraph.LINE_BREAK + "沿线新增口袋公园", body.get(1).text(),
                "one paragraph with its line break");
        assertTrue(body.get(0).text().indexOf(Paragraph.LINE_BREAK) < 0 && body.get(0).text().endsWith("市民可以沿江骑行。"),
                "a wrap typed in body copy is joined: " + body.get(0).text());
    }

    @Test
    void picturesAreListedForPlacing() throws Exception {
        ImportResult r = StoryImporter.importFile(writeStoryDocx(dir), ImportOptions.defaults());
        assertEquals(1, r.images().size());
        ImportedImage img = r.images().get(0);
        assertTrue(img.name().endsWith(".png"), img.name());
        assertEquals("image/png", img.contentType());
        assertEquals(144_000, img.widthMpt());
        assertEquals(108_000, img.heightMpt());
        assertEquals(4, img.afterParagraph());
        assertTrue(Arrays.equals(png(4, 3), img.data()));
    }

    @Test
    void editedMappingChangesTheStyles() throws Exception {
        StyleMapping m = StyleMapping.defaults().with("Quote", "图片说明").with("heading 2", "正文");
        ImportResult r = StoryImporter.importFile(writeStoryDocx(dir), ImportOptions.defaults().withStyles(m));
        assertEquals(List.of("电头", "正文", "小标题", "图片说明"), r.body().paragraphs().stream().map(Paragraph::style).toList());
        assertTrue(r.report().warnings().isEmpty());
    }

    @Test
    void everyRuleOffKeepsTheWordText() throws Exception {
        ImportResult r = StoryImporter.importFile(writeStoryDocx(dir), ImportOptions.none());
        assertEquals(List.of(
                new Paragraph("正文", "为了孩子们的明天"),
                new Paragraph("主题", "市教育局推出十项新举措"),
                new Paragraph("副题", "——全市中小学将全面推行课后服务"),
                new Paragraph("正文", "　　本报讯(记者 张三)11月24日,市 教 育 局召开新闻发布会,", List.of(new CharRun(19, 26, "粗体"))),
                new Paragraph("正文", "宣布推行课后服务."),
                new Paragraph("正文", "图为学生在练习书法。"),
                new Paragraph("小标题", "一、丰富服务内容"),
                new Paragraph("正文", "学生们说：“我们很喜欢。”", List.of(new CharRun(5, 13, "粗体")))),
                r.allParagraphs());
        assertTrue(r.headline().isEmpty(), "a headline starts only with a headline style when recognition is off");
    }

    @Test
    void corruptDocx() throws Exception {
        Path f = dir.resolve("broken.docx");
        byte[] good = Files.readAllBytes(writeStoryDocx(dir));
        Files.write(f, Arrays.copyOf(good, good.length / 3));
        ImportException e = assertThrows(ImportException.class, () -> StoryImporter.importFile(f, ImportOptions.defaults()));
        assertTrue(e.getMessage().startsWith(f + ": corrupt or unreadable .docx: "), e.getMessage());
    }

    @Test
    void textNamedDocx() throws Exception {
        Path f = dir.resolve("fake.docx");
        Files.writeString(f, "这不是 Word 文件");
        ImportException e = assertThrows(ImportException.class, () -> StoryImporter.importFile(f, ImportOptions.defaults()));
        assertEquals(f + ": not a .docx file (a .docx is a zip package; this file is not)", e.getMessage());
    }

    @Test
    void oldWordDoc() throws Exception {
        Path f = dir.resolve("old.doc");
        Files.write(f, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        ImportException e = assertThrows(ImportException.class, () -> StoryImporter.importFile(f, ImportOptions.defaults()));
        assertEquals(f + ": an old Word 97–2003 .doc or an encrypted document: save it as .docx without a password", e.getMessage());
    }

    @Test
    void docxWithoutText() throws Exception {
        Path f = dir.resolve("empty.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            doc.createParagraph();
            doc.write(out);
        }
        ImportException e = assertThrows(ImportException.class, () -> StoryImporter.importFile(f, ImportOptions.defaults()));
        assertEquals(f + ": no text in the document", e.getMessage());
    }

    /** Issue 13 point 7: soft hyphens and zero-width characters in Word runs are cleaned too, with the note. */
    @Test
    void invisibleCharactersInWordRunsGo() throws Exception {
        Path f = dir.resolve("soft.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            para(doc, null, "城市书房开到家门口");
            para(doc, null, "本报讯（记者 张明）今年全市将新建城市\u00AD书房二十座，", "**每个\u200B街道", "至少一座。");
            doc.write(out);
        }
        ImportResult r = StoryImporter.importFile(f, ImportOptions.defaults());
        assertEquals(new Paragraph("电头", "本报讯（记者 张明）今年全市将新建城市书房二十座，每个街道至少一座。",
                List.of(new CharRun(0, 10, "粗体"), new CharRun(25, 29, "粗体"))), r.body().paragraphs().get(0));
        assertEquals(2, r.report().count(Cleanup.INVISIBLE));
        assertEquals(List.of("invisible characters removed: U+00AD ×1, U+200B ×1 (soft hyphens, zero-width characters,"
                + " direction marks; line and paragraph separators became breaks)"),
                r.report().notes().stream().map(ImportReportTexts.of(java.util.Locale.ENGLISH)::note).toList());
    }
}
