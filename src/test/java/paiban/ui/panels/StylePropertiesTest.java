package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.io.EditionFile;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.layout.StoryFit;
import paiban.model.Edition;
import paiban.model.PageNaming;
import paiban.model.story.Story;
import paiban.model.style.Alignment;
import paiban.model.style.Cmyk;
import paiban.model.style.FontFamily;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.ProhibitionLevel;
import paiban.ui.EditionDocument;
import paiban.ui.EditionLoader;
import paiban.ui.InLanguage;
import paiban.ui.Messages;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

/** The 段落样式 section of the properties panel, and the editable story title and page label. */
@InLanguage("zh")
class StylePropertiesTest {
    static final Edition SAMPLE = readSample();

    EditionDocument doc = new EditionDocument(TestEditions.COMPOSER, SAMPLE, null);
    UndoStack undo = new UndoStack(doc);
    CanvasViewModel canvas = new CanvasViewModel(doc, undo);
    final SimpleStringProperty caret = new SimpleStringProperty("正文");
    PropertiesViewModel vm = new PropertiesViewModel(canvas, caret);

    static Edition readSample() {
        try {
            return EditionFile.read(EditionLoader.sample());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void open(Edition e) {
        doc = new EditionDocument(TestEditions.COMPOSER, e, null);
        undo = new UndoStack(doc);
        canvas = new CanvasViewModel(doc, undo);
        vm = new PropertiesViewModel(canvas, caret);
    }

    private PropertyRow row(String name) {
        return vm.row(name).orElseThrow(() -> new AssertionError("no row " + name + " in "
                + vm.rows().stream().map(PropertyRow::name).toList()));
    }

    private ParagraphStyle body() {
        return doc.edition().styles().find("正文").orElseThrow();
    }

    /** Sizes of the glyph runs of every line the layout set from a paragraph of {@code style}. */
    private List<Integer> sizesOfLinesIn(String style) {
        List<Integer> sizes = new ArrayList<>();
        for (PageLayout page : doc.layout().pages()) {
            for (LineBox line : page.lines()) {
                if (line.generated()) continue;
                Story story = doc.edition().story(line.storyId()).orElseThrow();
                if (!story.paragraphs().get(line.paragraph()).style().equals(style)) continue;
                for (GlyphRun run : line.runs()) sizes.add(run.size());
            }
        }
        return sizes;
    }

    private String jumpLines(int page) {
        StringBuilder sb = new StringBuilder();
        for (LineBox l : doc.layout().pages().get(page).lines()) if (l.generated()) sb.append(l.text()).append('\n');
        return sb.toString();
    }

    @Test
    void theCaretParagraphsStyleIsShownTheWayTheDeskSpeaks() {
        assertEquals("段落样式「正文」", row("字号 (号)").category());
        assertEquals("宋体", row("字体").value());
        assertEquals(false, row("粗体").value());
        assertEquals("小五", row("字号 (号)").value());
        assertEquals(9.0, row("字号 (磅)").value());
        assertEquals(1, row("行距 (行)").value());
        assertEquals(2.0, row("首行缩进 (字)").value());
        assertEquals("两端对齐", row("对齐").value());
        assertEquals(0, row("段前 (行)").value());
        assertEquals(0, row("段后 (行)").value());
        assertEquals("报纸", row("避头尾").value());
        assertEquals("C0 M0 Y0 K100", row("颜色 (CMYK)").value());
        assertEquals(List.of("宋体", "标宋", "小标宋", "大标宋", "黑体", "大黑", "楷体", "仿宋"), row("字体").choices().orElseThrow());
        assertTrue(row("字号 (号)").choices().orElseThrow().containsAll(List.of("五号", "小四", "初号")));
        assertTrue(row("字号 (号)").typedChoice(), "a size in pt may be typed too");
    }

    @Test
    void bodyToXiaoSiResetsEveryBodyLineAndTheCopyfitAndUndoRestoresTheSavedEdition() {
        Edition saved = doc.edition();
        List<Integer> before = sizesOfLinesIn("正文");
        List<Integer> datelines = sizesOfLinesIn("电头");
        StoryFit leadBefore = doc.layout().stories().get("lead");
        assertFalse(before.isEmpty());
        assertTrue(before.stream().allMatch(s -> s == 9_000), "every 正文 run at 小五 9pt");

        assertTrue(vm.set(row("字号 (号)"), "小四"));

        List<Integer> after = sizesOfLinesIn("正文");
        assertFalse(after.isEmpty());
        assertTrue(after.stream().allMatch(s -> s == 12_000), "every 正文 run at 小四 12pt: " + after);
        assertEquals(datelines, sizesOfLinesIn("电头"), "other styles keep their size");
        StoryFit leadAfter = doc.layout().stories().get("lead");
        assertNotEquals(leadBefore, leadAfter);
        assertTrue(leadAfter.linesUsed() > leadBefore.linesUsed() || leadAfter.overset() > leadBefore.overset(),
                leadBefore + " → " + leadAfter);
        assertEquals("小四", row("字号 (号)").value());
        assertEquals(12.0, row("字号 (磅)").value());
        assertEquals(1, undo.depth());

        undo.undo();
        assertEquals(saved, doc.edition());
        assertEquals(before, sizesOfLinesIn("正文"));
        assertEquals(leadBefore, doc.layout().stories().get("lead"));
        assertEquals("小五", row("字号 (号)").value());
    }

    @Test
    void aSizeWithoutAHaoNameIsShownAndTypedInPoints() {
        assertTrue(vm.set(row("字号 (号)"), "10pt"));
        assertEquals(10_000, body().size());
        assertEquals("10pt", row("字号 (号)").value());
        assertTrue(vm.set(row("字号 (磅)"), 10.5));
        assertEquals("五号", row("字号 (号)").value());
        assertEquals(2, undo.depth(), "each committed value is a step of its own");
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource({
            "字号 (号), 0",
            "字号 (号), 大号",
            "字号 (号), -5pt",
            "字号 (磅), 0.0",
            "首行缩进 (字), -1.0",
            "行距 (行), 0",
            "段前 (行), -1",
            "颜色 (CMYK), C0 M0 Y0 K101",
            "颜色 (CMYK), 黑",
            "对齐, 斜排",
    })
    void aBadValueIsRefusedAndTheValueStays(String name, String typed) {
        Edition saved = doc.edition();
        PropertyRow r = row(name);
        Object old = r.value();
        Object value = r.type() == Integer.class ? (Object) Integer.valueOf(typed)
                : r.type() == Double.class ? (Object) Double.valueOf(typed) : typed;
        assertFalse(vm.set(r, value));
        assertSame(saved, doc.edition());
        assertEquals(old, row(name).value());
        assertEquals(0, undo.depth());
    }

    @Test
    void everyValueIsOneUndoStepAndAllUndoneIsTheSavedEdition() {
        Edition saved = doc.edition();
        vm.set(row("字体"), "黑体");
        vm.set(row("粗体"), true);
        vm.set(row("行距 (行)"), 2);
        vm.set(row("首行缩进 (字)"), 0.0);
        vm.set(row("对齐"), "分散对齐");
        vm.set(row("段前 (行)"), 1);
        vm.set(row("段后 (行)"), 1);
        vm.set(row("避头尾"), "严格");
        vm.set(row("颜色 (CMYK)"), "0 100 100 0");
        assertEquals(new ParagraphStyle("正文", FontFamily.HEI, true, 9_000, 2, 0, Alignment.SPREAD, 1, 1,
                ProhibitionLevel.STRICT, Cmyk.RED), body());
        assertEquals(9, undo.depth());
        assertEquals("C0 M100 Y100 K0", row("颜色 (CMYK)").value());
        for (int i = 0; i < 9; i++) undo.undo();
        assertEquals(saved, doc.edition());
    }

    @Test
    void withoutACurrentStoryParagraphTheSectionIsAbsent() {
        caret.set(null);
        assertTrue(vm.rows().stream().noneMatch(r -> r.category().startsWith("段落样式")));
        assertEquals("第一版", row("版名").value(), "the page's rows stay");
        caret.set("电头");
        assertEquals("段落样式「电头」", row("字号 (号)").category());
        caret.set("没有这个样式");
        assertTrue(vm.rows().stream().noneMatch(r -> r.category().startsWith("段落样式")));
    }

    @Test
    void theSectionFollowsTheInterfaceLanguage() {
        Messages.use(Locale.ENGLISH);
        vm.relabel();
        assertEquals("Paragraph style “正文”", row("Size (hao)").category());
        assertEquals("Justify", row("Alignment").value());
        assertEquals("Song", row("Typeface").value());
        assertTrue(vm.set(row("Alignment"), "Centre"));
        assertEquals(Alignment.CENTER, body().alignment());
    }

    @Test
    void theStoryTitleIsEditableAsOneUndoableChange() {
        open(TestEditions.twoPages());
        caret.set(null);
        canvas.selectedFrameIdProperty().set("t1");
        PropertyRow title = row("标题");
        assertEquals("城市新闻", title.value());
        vm.set(title, "地铁三号线");
        vm.set(row("标题"), "地铁三号线开通");
        assertEquals("地铁三号线开通", doc.edition().story("s1").orElseThrow().title());
        assertEquals(2, undo.depth(), "each committed title is a step of its own");
        undo.undo();
        assertEquals("地铁三号线", row("标题").value());
        undo.undo();
        assertEquals("城市新闻", doc.edition().story("s1").orElseThrow().title());
        assertEquals("城市新闻", row("标题").value());
    }

    @Test
    void aPageLabelRenamesThePageAndTheJumpLinesThatUseIt() {
        open(SAMPLE.withSettings(SAMPLE.settings().withPageNaming(PageNaming.LABEL)));
        caret.set(null);
        canvas.showPage(2);
        String label = doc.edition().pages().get(2).label(); // the sample's pages are labelled 01, 02, 03
        assertEquals("03", label);
        assertTrue(jumpLines(0).contains("（下转3版）"), jumpLines(0));
        String section = doc.edition().pages().get(2).section();
        vm.set(row("版号"), "A03");
        assertEquals("A3版", row("版名").value());
        assertTrue(jumpLines(0).contains("（下转A3版）"), jumpLines(0));
        vm.set(row("栏目"), "城市·交通");
        assertEquals("城市·交通", doc.edition().pages().get(2).section());
        assertEquals(2, undo.depth());
        undo.undo();
        undo.undo();
        assertTrue(jumpLines(0).contains("（下转3版）"), jumpLines(0));
        assertEquals("3版", row("版名").value());
        assertEquals(section, doc.edition().pages().get(2).section());
        assertEquals(SAMPLE.withSettings(SAMPLE.settings().withPageNaming(PageNaming.LABEL)), doc.edition());
    }
}
