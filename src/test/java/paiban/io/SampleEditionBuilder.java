package paiban.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.ColumnRule;
import paiban.model.frame.Frame;
import paiban.model.frame.FrameBorder;
import paiban.model.frame.FrameLook;
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.Insets;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.RuleStyle;
import paiban.model.frame.TextFrame;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TableRule;
import paiban.model.frame.WritingMode;
import paiban.model.story.CharRun;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.Alignment;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;
import paiban.model.style.FontFamily;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.ProhibitionLevel;
import paiban.model.style.StyleSheet;
import paiban.model.unit.HaoSize;
import paiban.model.unit.Units;

/**
 * Builds the sample edition, 《滨江日报》 of 2026-04-25 (an invented city
 * daily), on the 对开 grid. {@link #main} writes it to
 * assets/sample/edition.json; SampleEditionTest checks that the committed
 * file is exactly what this class builds.
 *
 * Page 1 (要闻): masthead and date line, the lead story with photo and caption
 * continuing on page 3, two stories in the right-hand column, a boxed news
 * digest, two stories below the lead, a full-width ad. Page 2 is a full-page
 * ad, so that page 3 really is the third page. Page 3 (要闻): the lead's
 * continuation, a commentary in a box, four more stories, an ad.
 */
public final class SampleEditionBuilder {
    public static final Path FILE = EditionFile.SAMPLE;
    public static final String PHOTO = "binjiang-dawn.jpg";

    private static final PageTemplate T = PageTemplate.duikai();
    private static final int HEAVY = Units.pt(2);
    private static final int THIN = Units.pt(0.5);

    private final List<Story> stories = new ArrayList<>();
    /** The lead's frames, collected on page 1 and completed on page 3. */
    private final List<FrameRef> leadChain = new ArrayList<>();

    private SampleEditionBuilder() {}

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : FILE;
        EditionFile.write(build(), out);
        System.out.println("wrote " + out);
    }

    public static Edition build() {
        SampleEditionBuilder b = new SampleEditionBuilder();
        List<Page> pages = List.of(b.pageOne(), b.pageTwo(), b.pageThree());
        return new Edition("滨江日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                styles(), pages, b.stories);
    }

    static StyleSheet styles() {
        int body = T.bodySize();
        StyleSheet s = DefaultStyles.forBody(body);
        var n = ProhibitionLevel.NEWSPAPER;
        s = s.with(new ParagraphStyle("主题二", FontFamily.HEI, true, HaoSize.XIAO_YI.mpt(), 2, 0, Alignment.CENTER, 0, 0, n, Cmyk.BLACK)
                .withKeeps(DefaultStyles.KEEP, 0, 0).withBasedOn("主题"));
        s = s.with(new ParagraphStyle("主题三", FontFamily.HEI, true, HaoSize.XIAO_ER.mpt(), 2, 0, Alignment.CENTER, 0, 0, n, Cmyk.BLACK)
                .withKeeps(DefaultStyles.KEEP, 0, 0).withBasedOn("主题"));
        // the lead's 主题 in 标宋, as a daily sets its lead
        s = s.with(s.paragraph("主题").withFamily(FontFamily.BIAOSONG, false));
        s = s.with(new ParagraphStyle("报头英文", FontFamily.SONG, true, HaoSize.XIAO_SI.mpt(), 2, 0, Alignment.CENTER, 0, 0, n, Cmyk.RED));
        s = s.with(new ParagraphStyle("报眉", FontFamily.HEI, false, body, 2, 0, Alignment.LEFT, 0, 0, n, Cmyk.BLACK));
        s = s.with(new ParagraphStyle("眉头右", FontFamily.HEI, false, body, 1, 0, Alignment.RIGHT, 0, 0, n, Cmyk.BLACK)
                .withBasedOn("眉头"));
        return s;
    }

    private Page pageOne() {
        PageFrames f = new PageFrames("p1");
        f.header("p1-header", 5, 3, 0, "{number} | {section}");
        story("masthead", "报头", SampleTexts.MASTHEAD, f.headline("p1-masthead", 0, 5, 0, 9));
        story("dateline", "报眉", SampleTexts.DATELINE, f.text("p1-dateline", 5, 3, 1, 8, 1));
        f.hrule("p1-rule-masthead", 0, 8, 9, HEAVY);

        // The lead: headline across six columns, photo and caption, text beside and below the photo.
        story("lead-head", "滨江岸线全线贯通（标题）", SampleTexts.LEAD_HEAD, f.headline("p1-lead-head", 0, 6, 10, 8));
        f.croppedImage("p1-lead-photo", 0, 4, 18, 29, PHOTO, "p1-lead-caption");
        story("lead-caption", "滨江岸线全线贯通（图片说明）", SampleTexts.LEAD_CAPTION, f.text("p1-lead-caption", 0, 4, 47, 2, 1));
        FrameRef lead1 = f.text("p1-lead-1", 4, 2, 18, 41, 2);
        FrameRef lead2 = f.text("p1-lead-2", 0, 4, 50, 9, 4);
        f.hrule("p1-rule-lead", 0, 6, 59, THIN);
        // down to the digest's box, whose own edge goes on from there
        f.vrule("p1-rule-right", 5, 10, 56, THIN);

        // Right-hand column: economy, canteens, the boxed digest.
        // a shaded banner (底纹, 反白): white 黑体 on a red fill
        story("economy-head", "一季度经济数据（标题）", SampleTexts.ECONOMY_HEAD, f.headline("p1-economy-head", 6, 2, 10, 6,
                new FrameLook(Cmyk.RED, 100, true, null)));
        story("economy", "一季度经济数据", SampleTexts.ECONOMY, f.text("p1-economy", 6, 2, 16, 17, 2));
        // the day's market table under it: a title row across, the header, four indices (made-up figures)
        f.marketTable("p1-market", 6, 2, 33, 7);
        f.hrule("p1-rule-economy", 6, 2, 40, THIN);
        story("canteen-head", "社区长者食堂（标题）", SampleTexts.CANTEEN_HEAD, f.headline("p1-canteen-head", 6, 2, 41, 6));
        story("canteen", "社区长者食堂", SampleTexts.CANTEEN, f.text("p1-canteen", 6, 2, 47, 18, 2));
        // the digest boxed in a red 回纹 花边 one grid line wide; with half a 字 inside it the lines are 23 字
        FrameLook key = new FrameLook(null, 100, false, new FrameBorder(T.pitch(), BorderStyle.KEY, Cmyk.RED));
        story("briefs", "要闻简讯", SampleTexts.BRIEFS, f.text("p1-briefs", 6, 2, 66, 19, 1,
                new Insets(0, Units.pt(4.5), 0, Units.pt(4.5)), key, null));

        // Below the lead: two stories of three columns each.
        story("elevator-head", "老旧小区加装电梯（标题）", SampleTexts.ELEVATOR_HEAD, f.headline("p1-elevator-head", 0, 3, 60, 7));
        // 栏线: a hairline in each gap of the three columns
        story("elevator", "老旧小区加装电梯", SampleTexts.ELEVATOR, f.text("p1-elevator", 0, 3, 67, 18, 3, Insets.NONE,
                FrameLook.NONE, new ColumnRule(Units.pt(0.25), RuleStyle.SOLID, Cmyk.BLACK)));
        f.vrule("p1-rule-lower", 2, 60, 25, THIN);
        story("boat-head", "水质监测无人船（标题）", SampleTexts.BOAT_HEAD, f.headline("p1-boat-head", 3, 3, 60, 5));
        story("boat", "水质监测无人船", SampleTexts.BOAT, f.text("p1-boat", 3, 3, 65, 20, 3));

        f.hrule("p1-rule-ad", 0, 8, 85, HEAVY);
        f.ad("p1-ad", 0, 8, 86, 16, SampleTexts.AD_FRONT);

        // The lead continues on page 3; its chain is completed there.
        leadChain.add(lead1);
        leadChain.add(lead2);
        return f.page("01", "要闻");
    }

    private Page pageTwo() {
        PageFrames f = new PageFrames("p2");
        f.header("p2-header", 0, 4, 0, "{number} | {section}");
        f.hrule("p2-rule-header", 0, 8, 1, THIN);
        f.ad("p2-ad", 0, 8, 2, 100, SampleTexts.AD_PAGE2);
        return f.page("02", "广告");
    }

    private Page pageThree() {
        PageFrames f = new PageFrames("p3");
        f.header("p3-header", 0, 4, 0, "{number} | {section}");
        f.header("p3-header-right", 4, 4, 0, "{edition}　{date}", "眉头右");
        f.hrule("p3-rule-header", 0, 8, 1, THIN);

        // Left: the lead's continuation, then the commentary in a box.
        leadChain.add(f.text("p3-lead-3", 0, 3, 2, 24, 3));
        stories.add(0, new Story("lead", "滨江岸线全线贯通", paragraphs(SampleTexts.LEAD), leadChain, true, false));
        f.hrule("p3-rule-lead", 0, 3, 26, THIN);
        // a line of white inside the box above the 栏目头, as below the last line of text
        f.box("p3-comment-box", 0, 3, 27, 21);
        story("comment-head", "滨江时评（标题）", SampleTexts.COMMENT_HEAD, f.headline("p3-comment-head", 0, 3, 28, 4));
        story("comment", "岸线贯通，通的不只是路", SampleTexts.COMMENT, f.text("p3-comment", 0, 3, 32, 16, 1, Units.pt(4.5)));
        // down to the commentary's box, whose own edge goes on from there
        f.vrule("p3-rule-left", 2, 2, 25, THIN);

        // Right: the night market across five columns set in three, then two short stories.
        story("night-head", "老街夜市（标题）", SampleTexts.NIGHT_HEAD, f.headline("p3-night-head", 3, 5, 2, 8));
        story("night", "老街夜市", SampleTexts.NIGHT, f.text("p3-night", 3, 5, 10, 17, 3));
        f.hrule("p3-rule-night", 3, 5, 27, THIN);
        // the science story under a vertical headline (竖排标题) on its right, read first, as a daily sets one
        // beside a story: 引题 and 主题 two columns of 字 down the page, the text to their left
        Rect science = T.gridRect(3, 3, 28, 20);
        int headWidth = HaoSize.XIAO_YI.mpt() * 3;
        Rect scienceHead = new Rect(science.right() - headWidth, science.y(), headWidth, science.height());
        story("science-head", "中小学生科创大赛（标题）", SampleTexts.SCIENCE_HEAD, f.verticalHeadline("p3-science-head", scienceHead));
        story("science", "中小学生科创大赛", SampleTexts.SCIENCE, f.text("p3-science",
                new Rect(science.x(), science.y(), science.width() - headWidth - T.gap(), science.height()), 3));
        f.vrule("p3-rule-marathon", 5, 28, 20, THIN);
        story("marathon-head", "半程马拉松报名（标题）", SampleTexts.MARATHON_HEAD, f.headline("p3-marathon-head", 6, 2, 28, 4));
        story("marathon", "半程马拉松报名", SampleTexts.MARATHON, f.text("p3-marathon", 6, 2, 32, 16, 2));

        // A full-width story with its headline on the left, then the ad.
        f.hrule("p3-rule-museum", 0, 8, 48, THIN);
        story("museum-head", "博物馆新馆开馆（标题）", SampleTexts.MUSEUM_HEAD, f.headline("p3-museum-head", 0, 2, 49, 8));
        // six short columns: balanced, rather than five full ones and a sixth with a word in it
        stories.add(new Story("museum", "博物馆新馆开馆", paragraphs(SampleTexts.MUSEUM),
                List.of(f.text("p3-museum", 2, 6, 49, 8, 6)), false, true));
        f.hrule("p3-rule-ad", 0, 8, 57, HEAVY);
        f.ad("p3-ad", 0, 8, 58, 44, SampleTexts.AD_PAGE3);
        return f.page("03", "要闻");
    }

    private void story(String id, String title, String text, FrameRef... chain) {
        stories.add(new Story(id, title, paragraphs(text), List.of(chain)));
    }

    /** {@code style|text} per line; 电头 paragraphs get the 粗体 run over 本报讯（…）. */
    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> list = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            int bar = l.indexOf('|');
            String style = bar < 0 ? StyleSheet.BODY : l.substring(0, bar);
            String words = bar < 0 ? l : l.substring(bar + 1);
            List<CharRun> runs = new ArrayList<>();
            if (style.equals("电头")) {
                int close = words.indexOf('）');
                if (close > 0) runs.add(new CharRun(0, close + 1, "粗体"));
            }
            list.add(new Paragraph(style, words, runs));
        }
        return list;
    }

    /** Frames of one page, placed on the template's grid. */
    private static final class PageFrames {
        private final String pageId;
        private final List<Frame> frames = new ArrayList<>();

        PageFrames(String pageId) { this.pageId = pageId; }

        Page page(String label, String section) {
            return new Page(pageId, label, section, T.name(), frames);
        }

        FrameRef headline(String id, int col, int span, int line, int lines) {
            return headline(id, col, span, line, lines, FrameLook.NONE);
        }

        FrameRef headline(String id, int col, int span, int line, int lines, FrameLook look) {
            frames.add(new HeadlineFrame(id, T.gridRect(col, span, line, lines), null, false, "", look));
            return new FrameRef(pageId, id);
        }

        FrameRef verticalHeadline(String id, Rect bounds) {
            frames.add(new HeadlineFrame(id, bounds).withWritingMode(WritingMode.VERTICAL));
            return new FrameRef(pageId, id);
        }

        FrameRef text(String id, Rect bounds, int columns) {
            frames.add(new TextFrame(id, bounds, columns, T.gap(), 0, null, null, false, ""));
            return new FrameRef(pageId, id);
        }

        FrameRef text(String id, int col, int span, int line, int lines, int columns) {
            return text(id, col, span, line, lines, columns, 0);
        }

        FrameRef text(String id, int col, int span, int line, int lines, int columns, int inset) {
            frames.add(new TextFrame(id, T.gridRect(col, span, line, lines), columns, T.gap(), inset,
                    null, null, false, ""));
            return new FrameRef(pageId, id);
        }

        FrameRef text(String id, int col, int span, int line, int lines, int columns, Insets insets, FrameLook look,
                      ColumnRule rule) {
            frames.add(new TextFrame(id, T.gridRect(col, span, line, lines), columns, T.gap(), 0,
                    null, null, false, "", look, insets, rule));
            return new FrameRef(pageId, id);
        }

        void image(String id, int col, int span, int line, int lines, String path, String caption) {
            frames.add(new ImageFrame(id, T.gridRect(col, span, line, lines), path, caption));
        }

        /**
         * The photo cropped by hand: 15 % larger than filling the frame would
         * make it, its right-hand part shown (the bridge, not the empty sky),
         * offsets on whole points.
         */
        void croppedImage(String id, int col, int span, int line, int lines, String path, String caption) {
            Rect r = T.gridRect(col, span, line, lines);
            int px = 1600, py = 1000; // binjiang-dawn.jpg
            double fill = Math.max(r.width() / (double) px, r.height() / (double) py) / 1000; // of 100 %, 72 ppi
            double scale = Math.round(fill * 1.15 * 1000) / 1000.0;
            long w = Math.round(px * scale * 1000), h = Math.round(py * scale * 1000);
            int offsetX = (int) ((r.width() - w) / 1000 * 1000), offsetY = (int) ((r.height() - h) / 2 / 1000 * 1000);
            frames.add(new ImageFrame(id, r, path, paiban.model.frame.ImageFit.MANUAL, scale, offsetX, offsetY, caption,
                    null, false, ""));
        }

        void header(String id, int col, int span, int line, String pattern) {
            frames.add(new HeaderFrame(id, T.gridRect(col, span, line, 1), pattern));
        }

        void header(String id, int col, int span, int line, String pattern, String style) {
            frames.add(new HeaderFrame(id, T.gridRect(col, span, line, 1), pattern, style, false, ""));
        }

        /** A horizontal rule centred in grid line {@code line}. */
        void hrule(String id, int col, int span, int line, int weight) {
            int y = T.lineTop(line) + T.bodySize() / 2 - weight / 2;
            frames.add(new RuleFrame(id, new Rect(T.columnLeft(col), y, T.spanWidth(span), weight), RuleStyle.SOLID, weight));
        }

        /** A vertical rule in the gap after basic column {@code afterCol}. */
        void vrule(String id, int afterCol, int line, int lines, int weight) {
            int x = T.columnRight(afterCol) + T.gap() / 2 - weight / 2;
            frames.add(new RuleFrame(id, new Rect(x, T.lineTop(line), weight, T.spanHeight(lines)), RuleStyle.SOLID, weight));
        }

        /** A box (框) around a story's grid area. */
        void box(String id, int col, int span, int line, int lines) {
            frames.add(new RuleFrame(id, T.gridRect(col, span, line, lines), RuleStyle.BOX, THIN));
        }

        /**
         * A small 今日股市 table: 反线 outside, 正线 inside, the header shaded, the figures on the point; set in
         * one 字 from each side of its column, so its 反线 never runs beside a column rule as a double line.
         */
        void marketTable(String id, int col, int span, int line, int lines) {
            Rect g = T.gridRect(col, span, line, lines);
            Rect r = new Rect(g.x() + T.bodySize(), g.y(), g.width() - 2 * T.bodySize(), g.height());
            int w0 = r.width() * 36 / 100, w1 = r.width() * 34 / 100;
            List<TableColumn> cols = List.of(new TableColumn(w0, 0, CellAlign.LEFT, ""),
                    new TableColumn(w1, 0, CellAlign.DECIMAL, ""), new TableColumn(r.width() - w0 - w1, 0, CellAlign.DECIMAL, ""));
            List<List<TableCell>> rows = new ArrayList<>();
            rows.add(List.of(new TableCell(SampleTexts.MARKET[0][0], "", CellAlign.CENTER, 1, 3)));
            for (int i = 1; i < SampleTexts.MARKET.length; i++) {
                rows.add(java.util.Arrays.stream(SampleTexts.MARKET[i]).map(TableCell::new).toList());
            }
            frames.add(TableFrame.of(id, r, cols, rows).withRows(rows, 2)
                    .withRules(TableRule.THICK, TableRule.THIN, TableRule.NONE, TableRule.THIN, new Cmyk(0, 0, 0, 15)));
        }

        void ad(String id, int col, int span, int line, int lines, String advertiser) {
            frames.add(new AdFrame(id, T.gridRect(col, span, line, lines), advertiser));
        }
    }
}
