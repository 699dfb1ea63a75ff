package paiban.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.compose.line.ComposedLine;
import paiban.compose.line.LineCursor;
import paiban.compose.line.ParagraphSetter;
import paiban.font.FontLibrary;
import paiban.layout.BoxMark;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.FrameKind;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.StoryFit;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.TextFrame;
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
import paiban.model.unit.Units;

/** A clean two-page edition passes; each planted problem is found, naming page, frame and story. */
class PreflightTest {
    static final PageTemplate T = PageTemplate.sikai();
    /** The default styles and a 公告 style in 仿宋, the one family without a shipped font. */
    static final StyleSheet SHEET = DefaultStyles.forBody(Units.pt(9)).with(new ParagraphStyle("公告",
            FontFamily.FANGSONG, false, Units.pt(9), 1, 2, Alignment.JUSTIFY, 0, 0, ProhibitionLevel.NEWSPAPER, Cmyk.BLACK))
            .with(new ParagraphStyle("标宋正文", FontFamily.BIAOSONG, false, Units.pt(9), 1, 2, Alignment.JUSTIFY, 0, 0,
                    ProhibitionLevel.NEWSPAPER, Cmyk.BLACK));
    static ParagraphSetter setter;
    @TempDir static Path dir;

    @BeforeAll static void setUp() throws Exception {
        setter = new ParagraphSetter(FontLibrary.shared());
        write(dir.resolve("photo.png"), 1200, 900, BufferedImage.TYPE_BYTE_GRAY);
        write(dir.resolve("small.png"), 60, 40, BufferedImage.TYPE_BYTE_GRAY);
        write(dir.resolve("rgb.png"), 1200, 900, BufferedImage.TYPE_INT_RGB);
        Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0});
    }

    static void write(Path p, int w, int h, int type) throws Exception {
        BufferedImage img = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, type == BufferedImage.TYPE_INT_RGB ? 0x3366AA : 0x808080);
        ImageIO.write(img, "png", p.toFile());
    }

    /** A mutable description of the test edition and its layout; each test plants one problem. */
    static final class Fixture {
        Rect f1 = T.gridRect(0, 3, 0, 40), f2 = T.gridRect(0, 3, 0, 40), photo = T.gridRect(3, 2, 0, 20);
        String photoPath = "photo.png";
        List<FrameRef> chain = List.of(new FrameRef("p1", "f1"), new FrameRef("p2", "f2"));
        List<Story> extraStories = new ArrayList<>();
        String bodyStyle = StyleSheet.BODY;
        Cmyk textColour = Cmyk.BLACK;
        int overset = 0;
        /** Lines of s1 the layout reports letter-spaced past the limit. */
        int loose = 0;
        /** Inset of frame f1. */
        int inset = 0;
        boolean jumpLines = true;
        boolean labels = false;
        /** Page 2's label, when not the one {@code labels} gives. */
        String label2 = null;
        List<Mark> extraMarks = new ArrayList<>();
        FontLibrary fonts = FontLibrary.shared();

        Edition edition() {
            List<Frame> frames1 = List.of(new TextFrame("f1", f1, 1, 0, inset, null, null, false, ""),
                    new ImageFrame("img", photo, photoPath, ""));
            List<Frame> frames2 = List.of(new TextFrame("f2", f2, 1, 0));
            Story s1 = new Story("s1", "两会报道", List.of(new Paragraph(bodyStyle, "今年两会报道正文第一段。"),
                    new Paragraph(bodyStyle, "继续报道正文第二段。")), chain);
            List<Story> stories = new ArrayList<>(List.of(s1));
            stories.addAll(extraStories);
            EditionSettings settings = labels ? EditionSettings.defaults().withPageNaming(paiban.model.PageNaming.LABEL)
                    : EditionSettings.defaults();
            return new Edition("排版日报", LocalDate.of(2026, 4, 25), settings, List.of(T), SHEET,
                    List.of(new Page("p1", labels ? "A01" : "", "要闻", T.name(), frames1),
                            new Page("p2", label2 != null ? label2 : labels ? "A02" : "", "经济", T.name(), frames2)),
                    stories);
        }

        EditionLayout layout() {
            List<Mark> m1 = new ArrayList<>(), m2 = new ArrayList<>();
            m1.add(line("今年两会报道正文第一段。", StyleSheet.BODY, f1.x(), f1.y() + 8000, "s1", 0));
            if (jumpLines) m1.add(line("（下转第二版）", "下转", f1.x(), f1.bottom() - 1000, "s1", -1));
            if (jumpLines) m2.add(line("（上接第一版）", "上接", f2.x(), f2.y() + 8000, "s1", -1));
            m2.add(line("继续报道正文第二段。", StyleSheet.BODY, f2.x(), f2.y() + 20000, "s1", 1));
            m1.addAll(extraMarks);
            List<FrameInfo> i1 = List.of(new FrameInfo("f1", FrameKind.TEXT, f1, "s1", 0, List.of(f1), 1, 39, 12, 0),
                    new FrameInfo("img", FrameKind.IMAGE, photo, "", -1, List.of(), 0, 0, 0, 0));
            List<FrameInfo> i2 = List.of(new FrameInfo("f2", FrameKind.TEXT, f2, "s1", 1, List.of(f2), 1, 39, 10, overset));
            Map<String, StoryFit> fits = new HashMap<>();
            fits.put("s1", new StoryFit("s1", 22 + overset, 22, overset, 2, 78, loose));
            return new EditionLayout(List.of(
                    new PageLayout("p1", 1, "第一版", T.trimWidth(), T.trimHeight(), m1, i1),
                    new PageLayout("p2", 2, "第二版", T.trimWidth(), T.trimHeight(), m2, i2)), fits, List.of());
        }

        LineBox line(String text, String style, int x, int baseline, String story, int paragraph) {
            var ps = SHEET.paragraph(style);
            LineCursor c = setter.start(new Paragraph(style, text), ps, SHEET);
            ComposedLine cl = c.next(T.spanWidth(3));
            List<GlyphRun> runs = new ArrayList<>();
            for (GlyphRun r : cl.runs()) {
                runs.add(new GlyphRun(r.face(), r.size(), paragraph < 0 ? r.color() : textColour, r.glyphs(), r.xs(),
                        r.advances(), r.text(), r.sources()));
            }
            return new LineBox(x, baseline, cl.width(), runs, story, paragraph, 0, text.length());
        }

        List<Finding> run() {
            return new Preflight(fonts).check(edition(), layout(), dir);
        }
    }

    static List<Finding> with(UnaryOperator<Fixture> plant) {
        return plant.apply(new Fixture()).run();
    }

    static Finding only(List<Finding> findings, String code) {
        List<Finding> f = findings.stream().filter(x -> x.code().equals(code)).toList();
        assertEquals(1, f.size(), code + " once in " + findings);
        return f.get(0);
    }

    @Test void aCleanEditionHasNoFindings() {
        List<Finding> f = new Fixture().run();
        assertEquals(List.of(), f);
        assertFalse(Preflight.hasErrors(f));
    }

    @Test void oversetTextIsAnErrorOnTheLastFrame() {
        Finding f = only(with(x -> { x.overset = 120; return x; }), "overset");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(List.of("p2", "f2", "s1"), List.of(f.pageId(), f.frameId(), f.storyId()));
        assertTrue(f.message().contains("第二版") && f.message().contains("f2") && f.message().contains("两会报道")
                && f.message().contains("超 120 字"), f.message());
    }

    @Test void missingFontFileIsAnError(@TempDir Path empty) {
        Finding f = only(with(x -> { x.fonts = new FontLibrary(empty); return x; }), "missing-font");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("NotoSerifSC-Regular") && f.message().contains("s1"), f.message());
    }

    @Test void aFamilyWithoutItsFileIsAFallbackWarning() {
        Finding f = only(with(x -> { x.bodyStyle = "公告"; return x; }), "font-fallback");
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("仿宋"), f.message());
    }

    @Test void theHeadlineFacesAreKnownAndAStandInIsAWarning(@TempDir Path fonts) throws Exception {
        // text in 标宋: its own face ships, so nothing to report
        assertTrue(with(x -> { x.bodyStyle = "标宋正文"; return x; }).stream()
                .noneMatch(f -> f.code().equals("font-fallback") || f.code().equals("missing-font")));
        // without NotoSerifSC-SemiBold.ttf, 标宋 is set in NotoSerifSC-Bold and preflight says so
        Path shipped = FontLibrary.shared().directory();
        for (String face : List.of(FontLibrary.SERIF, FontLibrary.SERIF_BOLD, FontLibrary.SANS, FontLibrary.SANS_BOLD))
            java.nio.file.Files.copy(shipped.resolve(face + ".ttf"), fonts.resolve(face + ".ttf"));
        Finding f = only(with(x -> { x.bodyStyle = "标宋正文"; x.fonts = new FontLibrary(fonts); return x; }), "font-fallback");
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("标宋") && f.message().contains(FontLibrary.SERIF_BOLD), f.message());
    }

    @Test void kaiHasItsOwnFont() {
        assertTrue(with(x -> { x.bodyStyle = "署名"; return x; }).stream()
                .noneMatch(f -> f.code().equals("font-fallback") || f.code().equals("missing-font")));
    }

    @Test void aDuplicateLabelIsAWarningWhenPagesGoByNumber() {
        // labels only as the plates' names: a warning; the jump lines say 第二版 all the same
        var x = new Fixture();
        x.label2 = "01";
        Edition e = x.edition();
        e = e.withPage(e.pages().get(0).withLabel("01"));
        Finding f = only(new Preflight(x.fonts).check(e, x.layout(), dir), "duplicate-label");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("p2", f.pageId());
        assertTrue(with(y -> { y.labels = true; return y; }).stream().noneMatch(y -> y.code().equals("duplicate-label")));
    }

    @Test void twoPagesWithOneNumberAreAnErrorWhenPagesGoByNumber() {
        // page 2 numbered 1 by hand: two pages are 第一版, and a jump line could not say which
        Fixture x = new Fixture();
        Edition e = x.edition();
        e = e.withPage(e.page("p2").orElseThrow().withNumber(1));
        Finding f = only(new Preflight(x.fonts).check(e, x.layout(), dir), "duplicate-number");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(List.of("第一版", "第一版"), f.args());
        assertEquals("p2", f.pageId());
    }

    @Test void missingImageFileIsAnError() {
        Finding f = only(with(x -> { x.photoPath = "gone.jpg"; return x; }), "missing-image");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("img", f.frameId());
        assertTrue(f.message().contains("第一版") && f.message().contains("gone.jpg"), f.message());
    }

    @Test void imageUnder150ppiAtItsPlacedSize() {
        Finding f = only(with(x -> { x.photoPath = "small.png"; return x; }), "low-resolution");
        assertEquals("img", f.frameId());
        assertTrue(f.message().contains("ppi"), f.message());
    }

    @Test void rgbImage() {
        Finding f = only(with(x -> { x.photoPath = "rgb.png"; return x; }), "rgb-image");
        assertEquals("img", f.frameId());
    }

    @Test void nearBlackTextThatIsNotPureK() {
        List<Finding> fs = with(x -> { x.textColour = new Cmyk(0, 0, 0, 90); return x; }).stream()
                .filter(f -> f.code().equals("text-not-pure-black")).toList();
        assertEquals(2, fs.size(), "once per page the story is on: " + fs);
        assertEquals(List.of("p1", "s1"), List.of(fs.get(0).pageId(), fs.get(0).storyId()));
        assertTrue(fs.get(0).message().contains("K90"), fs.get(0).message());
    }

    @Test void colourOverTheInkLimit() {
        List<Finding> fs = with(x -> {
            x.extraMarks.add(new BoxMark(new Rect(0, 0, 1000, 1000), new Cmyk(100, 100, 100, 0), null, 0));
            return x;
        });
        Finding f = only(fs, "ink-limit");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("300%") && f.message().contains("240%"), f.message());
    }

    @Test void frameOutsideTheTypeArea() {
        Finding f = only(with(x -> { x.photo = new Rect(0, 0, Units.mm(50), Units.mm(40)); return x; }), "outside-type-area");
        assertEquals(List.of("p1", "img"), List.of(f.pageId(), f.frameId()));
    }

    @Test void threadToAMissingPageOrFrame() {
        List<Finding> fs = with(x -> {
            x.chain = List.of(new FrameRef("p1", "f1"), new FrameRef("p9", "f2"), new FrameRef("p2", "nope"));
            return x;
        });
        List<Finding> broken = fs.stream().filter(f -> f.code().equals("broken-thread")).toList();
        assertEquals(2, broken.size(), fs.toString());
        assertTrue(broken.stream().anyMatch(f -> f.message().contains("p9")), broken.toString());
        assertTrue(broken.stream().anyMatch(f -> f.frameId().equals("nope") && f.pageId().equals("p2")), broken.toString());
    }

    @Test void aFrameInTwoChains() {
        Finding f = only(with(x -> {
            x.extraStories.add(new Story("s2", "另一篇", List.of(new Paragraph("正文", "另一篇。")),
                    List.of(new FrameRef("p2", "f2"))));
            return x;
        }), "frame-in-two-chains");
        assertEquals(List.of("p2", "f2", "s2"), List.of(f.pageId(), f.frameId(), f.storyId()));
        assertTrue(f.message().contains("两会报道"), f.message());
    }

    @Test void unresolvedJumpLinesAtBothEnds() {
        List<Finding> fs = with(x -> { x.jumpLines = false; return x; });
        List<Finding> jumps = fs.stream().filter(f -> f.code().equals("unresolved-jump")).toList();
        assertEquals(2, jumps.size(), fs.toString());
        assertTrue(jumps.get(0).message().contains("下转第二版") && jumps.get(0).pageId().equals("p1"), jumps.toString());
        assertTrue(jumps.get(1).message().contains("上接第一版") && jumps.get(1).pageId().equals("p2"), jumps.toString());
        assertTrue(Preflight.hasErrors(fs));
    }

    @Test void richBlackTextIsBothNotPureKAndOverTheInkLimit() {
        List<Finding> fs = with(x -> { x.textColour = new Cmyk(60, 60, 60, 100); return x; });
        assertTrue(fs.stream().anyMatch(f -> f.code().equals("text-not-pure-black")), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.code().equals("ink-limit") && f.message().contains("280%")), fs.toString());
    }
    /**
     * Each check's finding as the desk reads it, in Chinese and in English: the key, the arguments
     * (page names, counts, file names) and the whole line.
     */
    @Nested class InBothLanguages {
        static final Locale ZH = Locale.SIMPLIFIED_CHINESE, EN = Locale.ENGLISH;

        void assertReads(Finding f, String key, List<Object> args, String zh, String en) {
            assertEquals(key, f.key(), f.toString());
            assertEquals(args, f.args(), f.toString());
            assertEquals(zh, f.message(ZH));
            assertEquals(en, f.message(EN));
            assertEquals(en, f.message(), "message() stays English");
            assertEquals(zh, f.message(Locale.CHINA), "any Chinese locale reads Chinese");
        }

        @Test void overset() {
            assertReads(only(with(x -> { x.overset = 120; return x; }), "overset"), "overset", List.of(120),
                    "第二版 《两会报道》 超 120 字",
                    "第二版, frame f2, story 「两会报道」 (s1): 超 120 字 — 120 characters do not fit the story's frames");
        }

        @Test void missingFont() throws Exception {
            Path none = Files.createDirectories(dir.resolve("no-fonts"));
            assertReads(only(with(x -> { x.fonts = new FontLibrary(none); return x; }), "missing-font"), "missing-font",
                    List.of("正文", "NotoSerifSC-Regular", none),
                    "《两会报道》 缺字体 NotoSerifSC-Regular：样式“正文”要用，字体目录 " + none + " 中没有",
                    "story 「两会报道」 (s1): style 正文 needs font NotoSerifSC-Regular, which is not in " + none);
        }

        @Test void fontFallback() {
            assertReads(only(with(x -> { x.bodyStyle = "公告"; return x; }), "font-fallback"), "font-fallback",
                    List.of("公告", "仿宋", "宋体", "NotoSerifSC-Regular"),
                    "《两会报道》 字体“仿宋”未随附，以宋体代替（样式“公告”）",
                    "story 「两会报道」 (s1): style 公告: 仿宋 has no font file; set in 宋体 (NotoSerifSC-Regular)");
        }

        @Test void emptyImageFrame() {
            assertReads(only(with(x -> { x.photoPath = ""; return x; }), "missing-image"), "missing-image.empty",
                    List.of("img"), "第一版 图片框（img）里没有图片", "第一版, frame img: image frame is empty");
        }

        @Test void missingImage() {
            Path looked = dir.resolve("gone.jpg");
            assertReads(only(with(x -> { x.photoPath = "gone.jpg"; return x; }), "missing-image"), "missing-image",
                    List.of("gone.jpg", looked),
                    "第一版 图片 gone.jpg 缺失（查找位置：" + looked + "）",
                    "第一版, frame img: image gone.jpg not found (looked at " + looked + ")");
        }

        @Test void unreadableImage() {
            Finding f = only(with(x -> { x.photoPath = "broken.png"; return x; }), "unreadable-image");
            assertEquals("unreadable-image.DAMAGED", f.key());
            assertEquals(Severity.ERROR, f.severity());
            assertEquals("broken.png", f.args().get(0));
            String why = String.valueOf(f.args().get(1));
            assertEquals("第一版 图片 broken.png 已损坏，无法解码" + why, f.message(ZH));
            assertEquals("第一版, frame img: image broken.png is damaged and cannot be decoded" + why, f.message(EN));
        }

        @Test void lowResolution() {
            // 60×40 pixels fitted to a 2-column frame: 140×94 mm, about 10 ppi
            assertReads(only(with(x -> { x.photoPath = "small.png"; return x; }), "low-resolution"), "low-resolution",
                    List.of("small.png", 10L, 150, 60, 40, 140L, 94L),
                    "第一版 图片 small.png 分辨率 10 ppi，低于 150 ppi（60×40 像素，印成 140×94 毫米）",
                    "第一版, frame img: image small.png prints at 10 ppi, under 150 ppi (60×40 pixels over 140×94 mm)");
        }

        @Test void rgbImage() {
            assertReads(only(with(x -> { x.photoPath = "rgb.png"; return x; }), "rgb-image"), "rgb-image",
                    List.of("rgb.png"), "第一版 图片 rgb.png 为 RGB 色彩，输出时转为 CMYK，请核对颜色",
                    "第一版, frame img: image rgb.png is RGB; it is converted to CMYK on export, check its colours");
        }

        @Test void textNotPureBlack() {
            Finding f = with(x -> { x.textColour = new Cmyk(0, 0, 0, 90); return x; }).stream()
                    .filter(x -> x.code().equals("text-not-pure-black")).findFirst().orElseThrow();
            assertReads(f, "text-not-pure-black", List.of("C0 M0 Y0 K90"),
                    "第一版 《两会报道》 黑色文字非纯黑（K100）：C0 M0 Y0 K90，黑字须单黑才能套准、叠印",
                    "第一版, story 「两会报道」 (s1): text in C0 M0 Y0 K90 looks black but is not 100 K only"
                            + " (black text must be 0/0/0/100 to register and overprint)");
        }

        @Test void inkOverTheLimit() {
            Finding f = only(with(x -> {
                x.extraMarks.add(new BoxMark(new Rect(0, 0, 1000, 1000), new Cmyk(100, 100, 100, 0), null, 0));
                return x;
            }), "ink-limit");
            assertReads(f, "ink-limit", List.of(Wording.of("ink.fill"), "C100 M100 Y100 K0", 300, 240),
                    "第一版 底色 C100 M100 Y100 K0 油墨总量 300%，超过上限 240%",
                    "第一版: box fill in C100 M100 Y100 K0 uses 300% ink, over the limit of 240%");
        }

        @Test void frameOffThePage() {
            Finding f = only(with(x -> { x.photo = new Rect(Units.mm(500), 0, Units.mm(50), Units.mm(40)); return x; }),
                    "off-page");
            assertReads(f, "off-page", List.of(Wording.of("frame.image"), "img"),
                    "第一版 图片框（img）完全在版面之外", "第一版, frame img: image frame lies entirely off the page");
        }

        @Test void looseLines() {
            Finding f = only(with(x -> { x.loose = 3; return x; }), "loose-lines");
            assertEquals(Severity.WARNING, f.severity());
            assertReads(f, "loose-lines", List.of(3, 0.2),
                    "第一版 《两会报道》 3 行字距超过 0.2 字（挤排后仍过松），请增删字句",
                    "第一版, frame f1, story 「两会报道」 (s1): loose lines: 3 set more than 0.2 字 apart even after pushing in; edit a word or two");
        }

        @Test void columnsNotAWholeNumberOfCharacters() {
            // 四开 3 columns are 44 字 of 9 pt; an inset of 3 pt a side leaves 43.33 字
            Finding f = only(with(x -> { x.inset = 3000; return x; }), "column-width");
            assertEquals(Severity.WARNING, f.severity());
            assertReads(f, "column-width", List.of(Wording.of("frame.text"), "f1", "43.33"),
                    "第一版 《两会报道》 正文框（f1）的栏宽为 43.33 字，不是整字，每行都会拉开字距",
                    "第一版, frame f1, story 「两会报道」 (s1): text frame has text columns 43.33 字 wide, not a whole number of 字, so every line is letter-spaced");
        }

        @Test void anInsetOfWholeCharactersLeavesWholeColumns() {
            // 4.5 pt a side: 44 − 1 = 43 字
            assertTrue(with(x -> { x.inset = 4500; return x; }).stream().noneMatch(f -> f.code().equals("column-width")));
        }

        @Test void frameOutsideTheTypeArea() {
            Finding f = only(with(x -> { x.photo = new Rect(0, 0, Units.mm(50), Units.mm(40)); return x; }),
                    "outside-type-area");
            assertReads(f, "outside-type-area", List.of(Wording.of("frame.image"), "img"),
                    "第一版 图片框（img）超出版心", "第一版, frame img: image frame reaches outside the type area (版心)");
        }

        @Test void brokenThreads() {
            List<Finding> fs = with(x -> {
                x.chain = List.of(new FrameRef("p1", "f1"), new FrameRef("p9", "f2"), new FrameRef("p2", "nope"),
                        new FrameRef("p1", "img"));
                return x;
            }).stream().filter(f -> f.code().equals("broken-thread")).toList();
            assertEquals(3, fs.size(), fs.toString());
            Map<String, Finding> byKey = new HashMap<>();
            for (Finding f : fs) byKey.put(f.key(), f);
            assertReads(byKey.get("broken-thread.kind"), "broken-thread.kind", List.of(4, Wording.of("frame.image")),
                    "第一版 《两会报道》 续排链第 4 节指向图片框，不能排文字",
                    "第一版, frame img, story 「两会报道」 (s1): link 4 of the thread points to a frame that cannot hold text"
                            + " (image frame)");
            assertReads(byKey.get("broken-thread.frame"), "broken-thread.frame", List.of(3),
                    "第二版 《两会报道》 续排链第 3 节指向的框不在该版上",
                    "第二版, frame nope, story 「两会报道」 (s1): link 3 of the thread points to a frame that is not on the page");
            assertReads(byKey.get("broken-thread.page"), "broken-thread.page", List.of(2, "p9"),
                    "《两会报道》 续排链第 2 节指向的版面 p9 不在本期",
                    "frame f2, story 「两会报道」 (s1): link 2 of the thread points to page p9, which is not in the edition");
        }

        @Test void aFrameInTwoChains() {
            Finding f = only(with(x -> {
                x.extraStories.add(new Story("s2", "另一篇", List.of(new Paragraph("正文", "另一篇。")),
                        List.of(new FrameRef("p2", "f2"))));
                return x;
            }), "frame-in-two-chains");
            assertReads(f, "frame-in-two-chains", List.of(Wording.of("story.titled", "两会报道", "s1")),
                    "第二版 《另一篇》 该框同时在《两会报道》的续排链中",
                    "第二版, frame f2, story 「另一篇」 (s2): the frame is also in the thread of story 「两会报道」 (s1)");
        }

        @Test void aFrameTwiceInOneChain() {
            Finding f = only(with(x -> {
                x.chain = List.of(new FrameRef("p1", "f1"), new FrameRef("p2", "f2"), new FrameRef("p2", "f2"));
                return x;
            }), "frame-in-two-chains");
            assertReads(f, "frame-in-two-chains.same", List.of(),
                    "第二版 《两会报道》 该框在同一续排链中重复出现",
                    "第二版, frame f2, story 「两会报道」 (s1): the frame is also earlier in the same thread");
        }

        @Test void unresolvedJumps() {
            List<Finding> jumps = with(x -> { x.jumpLines = false; return x; }).stream()
                    .filter(f -> f.code().equals("unresolved-jump")).toList();
            assertEquals(2, jumps.size(), jumps.toString());
            assertReads(jumps.get(0), "unresolved-jump.leaves", List.of("第二版"),
                    "第一版 《两会报道》 转版处缺少转版行（下转第二版）",
                    "第一版, frame f1, story 「两会报道」 (s1): no jump line （下转第二版） where the story leaves the page");
            assertReads(jumps.get(1), "unresolved-jump.continues", List.of("第一版"),
                    "第二版 《两会报道》 接版处缺少接版行（上接第一版）",
                    "第二版, frame f2, story 「两会报道」 (s1): no jump line （上接第一版） where the story continues");
        }

        @Test void duplicateLabelIsAnErrorWhenJumpLinesNameLabels() {
            Finding f = only(with(x -> { x.labels = true; x.label2 = "A01"; return x; }), "duplicate-label");
            assertEquals(Severity.ERROR, f.severity());
            assertReads(f, "duplicate-label", List.of("A01", "第一版"), "A1版 版号 A01 与第一版重复",
                    "A1版: label A01 is also the label of 第一版");
        }

        @Test void pagesAreNamedByTheEditionsSetting() {
            // the edition names its pages by label: A1版, A2版 in the place and in the jump line
            Finding f = with(x -> { x.jumpLines = false; x.labels = true; return x; }).stream()
                    .filter(x -> x.code().equals("unresolved-jump")).findFirst().orElseThrow();
            assertEquals("A1版 《两会报道》 转版处缺少转版行（下转A2版）", f.message(ZH));
        }
    }
}
