package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.font.FontLibrary;
import paiban.layout.BoxMark;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.FrameKind;
import paiban.layout.GlyphRun;
import paiban.layout.ImageMark;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.RuleMark;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFit;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.RuleStyle;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.ParagraphStyle;
import paiban.model.unit.Units;

class FramesTest {
    static final EditionComposer COMPOSER = new EditionComposer(FontLibrary.shared());
    static final PageTemplate T = Editions.T;

    static Edition withFrames(paiban.model.frame.Frame... frames) {
        Edition e = Editions.jumping(3, 100);
        Page p2 = e.page("p2").orElseThrow();
        return e.withPage(p2.withFrames(List.of(frames)));
    }

    static int[] extent(LineBox l) {
        int left = Integer.MAX_VALUE, right = Integer.MIN_VALUE;
        for (GlyphRun r : l.runs()) {
            if (r.length() == 0) continue;
            left = Math.min(left, l.x() + r.xs()[0]);
            right = Math.max(right, l.x() + r.end());
        }
        return new int[] {left, right};
    }

    @Test
    void headlineStackIsCentredInTheWholeGridLinesOfTheFrame() {
        Rect r = T.gridRect(0, 6, 0, 12);
        Edition e = withFrames(new HeadlineFrame("h", r));
        e = e.withStory(new Story("hl", "", List.of(new Paragraph("引题", "全市上下凝心聚力"),
                new Paragraph("主题", "经济运行稳中向好"), new Paragraph("副题", "一季度地区生产总值同比增长百分之五点二")),
                List.of(new FrameRef("p2", "h"))));
        EditionLayout layout = COMPOSER.compose(e);
        PageLayout p2 = layout.page("p2").orElseThrow();
        List<LineBox> lines = p2.lines();
        assertEquals(3, lines.size());
        assertEquals(List.of("全市上下凝心聚力", "经济运行稳中向好", "一季度地区生产总值同比增长百分之五点二"),
                lines.stream().map(LineBox::text).toList());
        for (LineBox l : lines) {
            int[] x = extent(l);
            int centre = r.x() + r.width() / 2;
            assertTrue(Math.abs((x[0] + x[1]) / 2 - centre) <= Units.pt(1), "centred: " + l.text());
        }
        // 引题 2 + 主题 3 + 副题 2 = 7 grid lines of 12: the stack starts on grid line (12 - 7) / 2 = 2
        ParagraphStyle yin = e.styles().paragraph("引题"), zhu = e.styles().paragraph("主题"), fu = e.styles().paragraph("副题");
        assertEquals(Baseline.of(T, 2, 2, yin.size()), lines.get(0).baseline());
        assertEquals(Baseline.of(T, 4, 3, zhu.size()), lines.get(1).baseline());
        assertEquals(Baseline.of(T, 7, 2, fu.size()), lines.get(2).baseline());
        FrameInfo info = p2.frames().get(0);
        assertEquals(FrameKind.HEADLINE, info.kind());
        assertEquals(7, info.linesUsed());
        assertEquals(5, info.linesLeft());
        assertEquals(0, layout.stories().get("hl").overset());
    }

    @Test
    void spreadHeadlineRunsEdgeToEdge() {
        Rect r = T.gridRect(0, 6, 0, 6);
        Edition e = withFrames(new HeadlineFrame("h", r));
        e = e.withStyles(e.styles().with(e.styles().paragraph("主题").withAlignment(paiban.model.style.Alignment.SPREAD)));
        e = e.withStory(new Story("hl", "", List.of(new Paragraph("主题", "春耕正当时")), List.of(new FrameRef("p2", "h"))));
        LineBox l = COMPOSER.compose(e).page("p2").orElseThrow().lines().get(0);
        int[] x = extent(l);
        assertEquals(r.x(), x[0]);
        assertTrue(Math.abs(r.right() - x[1]) <= 5, "spread to the right edge: " + (r.right() - x[1]));
    }

    @Test
    void headerFieldsAreFilledPerPage() {
        Rect r = new Rect(T.marginLeft(), T.marginTop() - Units.mm(12), T.typeWidth(), Units.mm(8));
        Edition e = withFrames(new HeaderFrame("hd", r, "{date} {name} {section} {number} {edition}"));
        LineBox l = COMPOSER.compose(e).page("p2").orElseThrow().lines().get(0);
        assertEquals("2026年4月25日第二版要闻02测试日报", l.text().replace(" ", ""));
        assertTrue(l.baseline() > r.y() && l.baseline() < r.bottom());
        assertEquals("", l.storyId());
    }

    @Test
    void headerFieldsFollowThePrintedNumbers() {
        // the edition starts at page 5; with section numbering page 2 is the second page of 要闻: 要闻02
        Rect r = new Rect(T.marginLeft(), T.marginTop() - Units.mm(12), T.typeWidth(), Units.mm(8));
        Edition e = withFrames(new HeaderFrame("hd", r, "{name} {number} {label}"));
        Edition fifth = e.withSettings(e.settings().withNumbering(5, false));
        assertEquals("第六版06A02", COMPOSER.compose(fifth).page("p2").orElseThrow().lines().get(0).text().replace(" ", ""));
        Edition sections = e.withPages(e.pages().stream().map(p -> p.withLabel("")).toList())
                .withSettings(e.settings().withNumbering(1, true));
        assertEquals("要闻第二版02要闻02",
                COMPOSER.compose(sections).page("p2").orElseThrow().lines().get(0).text().replace(" ", ""));
    }

    @Test
    void rulesBecomeStrokesAndBoxes() {
        Rect h = new Rect(T.marginLeft(), T.lineTop(10), T.typeWidth(), 500);
        Rect v = new Rect(T.columnRight(0), T.lineTop(0), 500, T.spanHeight(20));
        Rect box = T.gridRect(2, 2, 2, 10);
        Edition e = withFrames(new RuleFrame("r1", h, RuleStyle.SOLID, 500), new RuleFrame("r2", v, RuleStyle.DASHED, 250),
                new RuleFrame("r3", box, RuleStyle.BOX, 750));
        List<Mark> marks = COMPOSER.compose(e).page("p2").orElseThrow().marks();
        assertEquals(new RuleMark(h.x(), h.y() + 250, h.right(), h.y() + 250, 500, paiban.model.style.Cmyk.BLACK, false), marks.get(0));
        RuleMark dashed = (RuleMark) marks.get(1);
        assertTrue(dashed.dashed());
        assertEquals(dashed.x1(), dashed.x2());
        assertEquals(new BoxMark(box, null, paiban.model.style.Cmyk.BLACK, 750), marks.get(2));
    }

    @Test
    void imagesArePlacedFromTheirPixelSizeRelativeToTheEditionFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("images"));
        ImageIO.write(new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("images/wide.png").toFile());
        Rect r = new Rect(T.marginLeft(), T.lineTop(0), Units.mm(100), Units.mm(100));
        Edition e = withFrames(new ImageFrame("fill", r, "images/wide.png", ""),
                new ImageFrame("fit", r, "images/wide.png", ImageFit.FIT, 1, 0, 0, "", null, false, ""),
                new ImageFrame("gone", r, "images/none.jpg", ""));
        EditionLayout layout = COMPOSER.compose(e, dir);
        List<Mark> marks = layout.page("p2").orElseThrow().marks();
        ImageMark fill = (ImageMark) marks.get(0), fit = (ImageMark) marks.get(1), gone = (ImageMark) marks.get(2);
        assertEquals(dir.resolve("images/wide.png").toAbsolutePath().normalize(), fill.file());
        assertTrue(fill.file().isAbsolute());
        assertEquals(r, fill.clip());
        assertEquals(r.height(), fill.placement().height());
        assertEquals(2 * r.height(), fill.placement().width());
        assertEquals(r.x() - r.width() / 2, fill.placement().x());
        assertEquals(r.width(), fit.placement().width());
        assertEquals(Math.round(r.width() / 2.0), fit.placement().height());
        assertNull(gone.file());
        assertTrue(layout.warnings().stream().anyMatch(w -> w.contains("gone") && w.contains("none.jpg")), layout.warnings().toString());
    }

    @Test
    void adPlaceholderShowsABoxAndTheAdvertiser() {
        Rect r = T.gridRect(0, 4, 80, 20);
        Edition e = withFrames(new AdFrame("ad", r, "某某银行"));
        PageLayout p2 = COMPOSER.compose(e).page("p2").orElseThrow();
        assertEquals(new BoxMark(r, null, paiban.model.style.Cmyk.BLACK, PageFurniture.AD_BOX_WEIGHT), p2.marks().get(0));
        LineBox name = (LineBox) p2.marks().get(1);
        assertEquals("某某银行", name.text());
        assertEquals(e.styles().paragraph("广告").size(), name.runs().get(0).size());
        assertEquals(FrameKind.AD, p2.frames().get(0).kind());
    }

    @Test
    void balancedLastFrameHasColumnsOfEqualHeight() {
        Edition e = withFrames(Editions.textFrame("f", 0, 4, 0, 40, 4));
        Story s = new Story("b", "", Editions.paragraphs(5, 3, 200), List.of(new FrameRef("p2", "f")), false, true);
        e = e.withStory(s);
        EditionLayout layout = COMPOSER.compose(e);
        PageLayout p2 = layout.page("p2").orElseThrow();
        FrameInfo f = p2.frames().get(0);
        int[] perColumn = new int[4];
        for (LineBox l : p2.lines()) for (int c = 0; c < 4; c++) if (l.x() == f.columns().get(c).x()) perColumn[c]++;
        int total = perColumn[0] + perColumn[1] + perColumn[2] + perColumn[3];
        // 正文 has no paragraph spacing, so the smallest equal height is the lines over the columns, rounded up
        int height = (total + 3) / 4;
        assertEquals(height, java.util.Arrays.stream(perColumn).max().orElseThrow(), java.util.Arrays.toString(perColumn));
        assertTrue(perColumn[3] >= 1, java.util.Arrays.toString(perColumn));
        for (int c = 0; c < 3; c++) assertEquals(height, perColumn[c], java.util.Arrays.toString(perColumn));
        assertEquals(s.text(), LayoutText.setText(layout, s));
        // unbalanced, the text fills the first column first
        EditionLayout plain = COMPOSER.compose(e.withStory(s.withBalanceLastFrame(false)));
        long firstColumn = plain.page("p2").orElseThrow().lines().stream().filter(l -> l.x() == f.columns().get(0).x()).count();
        assertEquals(40, firstColumn);
    }

    @Test
    void displayLinesInBodyTextTakeWholeGridLines() {
        Edition e = withFrames(Editions.textFrame("f", 0, 4, 0, 40, 1));
        Story s = new Story("m", "", List.of(new Paragraph("正文", "第一段。"), new Paragraph("小标题", "小标题"),
                new Paragraph("主题", "大字"), new Paragraph("正文", "末段。")), List.of(new FrameRef("p2", "f")));
        List<LineBox> lines = COMPOSER.compose(e.withStory(s)).page("p2").orElseThrow().lines();
        int body = T.bodySize();
        assertEquals(Baseline.of(T, 0, 1, body), lines.get(0).baseline());
        assertEquals(Baseline.of(T, 2, 1, body), lines.get(1).baseline(), "小标题 has one grid line of space before");
        assertEquals(Baseline.of(T, 3, 3, e.styles().paragraph("主题").size()), lines.get(2).baseline());
        assertEquals(Baseline.of(T, 6, 1, body), lines.get(3).baseline(), "主题 takes three grid lines");
    }

    @Test
    void bottomAlignedCaptionSitsOnTheFramesLastGridLines() {
        Rect r = T.gridRect(0, 2, 50, 6);
        paiban.model.frame.TextFrame caption = new paiban.model.frame.TextFrame("c", r, 1, 0, 0,
                paiban.model.frame.VerticalAlign.BOTTOM, null, false, "");
        Edition e = withFrames(caption);
        Story s = new Story("cap", "", List.of(new Paragraph("图片说明", "市民在公园里赏花游玩，春意正浓。本报记者摄于城市中心公园东门广场附近的花坛旁边。")), List.of(new FrameRef("p2", "c")));
        List<LineBox> lines = COMPOSER.compose(e.withStory(s)).page("p2").orElseThrow().lines();
        assertEquals(2, lines.size());
        assertEquals(Baseline.of(T, 55, 1, T.bodySize()), lines.get(1).baseline());
        assertEquals(Baseline.of(T, 54, 1, T.bodySize()), lines.get(0).baseline());
    }

    @Test
    void aCentredContinuationKeepsItsJumpLineAtTheTop() {
        Edition e = Editions.jumping(20, 100);
        Rect r = T.gridRect(0, 1, 0, 60);
        paiban.model.frame.TextFrame b = new paiban.model.frame.TextFrame("b", r, 1, 0, 0,
                paiban.model.frame.VerticalAlign.CENTER, null, false, "");
        e = e.withPage(e.page("p3").orElseThrow().withFrames(List.of(b)));
        EditionLayout layout = COMPOSER.compose(e);
        List<LineBox> lines = layout.page("p3").orElseThrow().lines();
        LineBox jump = lines.get(0);
        assertEquals("（上接第一版）", jump.text());
        assertEquals(Baseline.of(T, 0, 1, T.bodySize()), jump.baseline(), "the jump line heads the frame");
        LineBox firstText = lines.get(1);
        assertTrue(firstText.baseline() > Baseline.of(T, 1, 1, T.bodySize()), "the text moved down, away from the jump line");
        int freeAbove = (firstText.baseline() - jump.baseline()) / T.pitch() - 1;
        int freeBelow = 60 - 1 - (lines.size() - 1) - freeAbove;
        assertTrue(Math.abs(freeAbove - freeBelow) <= 1, freeAbove + " rows above, " + freeBelow + " below");
        assertEquals(e.story("s").orElseThrow().text(), LayoutText.setText(layout, e.story("s").orElseThrow()));
    }

    @Test
    void aSubheadIsNotLeftAloneAtTheFootOfAColumn() {
        // two columns of 5 lines: three body lines, a line of space, then the 小标题 would take line 5 of column 1
        Edition e = withFrames(Editions.textFrame("f", 0, 4, 0, 5, 2));
        TextFrameProbe probe = new TextFrameProbe(e, "f");
        int perLine = probe.charsPerLine();
        String body = "一".repeat(3 * perLine - 2 - 1);
        Story s = new Story("k", "", List.of(new Paragraph("正文", body), new Paragraph("小标题", "小标题"),
                new Paragraph("正文", "末段文字。")), List.of(new FrameRef("p2", "f")));
        EditionLayout layout = COMPOSER.compose(e.withStory(s));
        List<LineBox> lines = layout.page("p2").orElseThrow().lines();
        LineBox head = lines.stream().filter(l -> l.paragraph() == 1).findFirst().orElseThrow();
        FrameInfo f = layout.page("p2").orElseThrow().frames().get(0);
        assertEquals(3, lines.stream().filter(l -> l.paragraph() == 0).count(), "the body takes three lines");
        assertEquals(f.columns().get(1).x(), head.x(), "the subhead opens column 2");
        assertEquals(Baseline.of(T, 0, 1, T.bodySize()), head.baseline());
        assertEquals(s.text(), LayoutText.setText(layout, s));
    }

    /** How many body characters a column of a frame takes, measured by composing. */
    record TextFrameProbe(Edition edition, String frameId) {
        int charsPerLine() {
            Edition e = edition.withStory(new Story("probe", "", List.of(new Paragraph("正文", "一".repeat(200))),
                    List.of(new FrameRef("p2", frameId))));
            LineBox second = COMPOSER.compose(e).page("p2").orElseThrow().lines().get(1);
            return second.end() - second.start();
        }
    }

    @Test
    void aSpreadStyleWithAWidthKeepsItOnThePage() {
        // 分散 to 6 字 from a 1 字 left indent: the aligner must not spread it again over the column
        Edition e = withFrames(Editions.textFrame("f", 0, 1, 0, 10, 1));
        paiban.model.style.ParagraphStyle body = e.styles().paragraph("正文");
        e = e.withStyles(e.styles().with(new paiban.model.style.ParagraphStyle("分散", body.family(), body.bold(),
                body.size(), 1, 0, paiban.model.style.Alignment.SPREAD, 0, 0, body.prohibition(), body.color(), 1, 0, 6)));
        Story s = new Story("sp", "", List.of(new Paragraph("分散", "本报讯")), List.of(new FrameRef("p2", "f")));
        LineBox l = COMPOSER.compose(e.withStory(s)).page("p2").orElseThrow().lines().get(0);
        int size = body.size();
        int[] x = extent(l);
        assertEquals(l.x() + size, x[0]);
        assertEquals(l.x() + 7 * size, x[1]);
    }
}
