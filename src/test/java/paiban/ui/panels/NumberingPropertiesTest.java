package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.story.Story;
import paiban.model.style.ParagraphStyle;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.Messages;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

/**
 * The page numbering of issue 12 (首页页码, 分叠编号, 本版页码) and the paragraph
 * style's side indents and spread width, edited in the properties panel:
 * each value one undo step, a value out of range refused with the bound.
 */
@InLanguage("zh")
class NumberingPropertiesTest {
    static final Edition SAMPLE = StylePropertiesTest.readSample();

    final EditionDocument doc = new EditionDocument(TestEditions.COMPOSER, SAMPLE, null);
    final UndoStack undo = new UndoStack(doc);
    final CanvasViewModel canvas = new CanvasViewModel(doc, undo);
    final SimpleStringProperty caret = new SimpleStringProperty(null);
    final PropertiesViewModel vm = new PropertiesViewModel(canvas, caret);

    private PropertyRow row(String name) {
        return vm.row(name).orElseThrow(() -> new AssertionError("no row " + name + " in "
                + vm.rows().stream().map(PropertyRow::name).toList()));
    }

    private String jumpLines(int page) {
        StringBuilder sb = new StringBuilder();
        for (LineBox l : doc.layout().pages().get(page).lines()) if (l.generated()) sb.append(l.text()).append('\n');
        return sb.toString();
    }

    @Test
    void theFirstPageNumberRenumbersThePagesAndTheJumpLines() {
        canvas.showPage(2);
        assertEquals(1, row("首页页码").value());
        assertEquals("第三版", row("版名").value());
        assertTrue(jumpLines(0).contains("下转第三版"), jumpLines(0));
        assertTrue(vm.set(row("首页页码"), 5));
        assertEquals(5, doc.edition().settings().firstPageNumber());
        assertEquals(5, row("首页页码").value());
        assertEquals("第七版", row("版名").value());
        assertTrue(jumpLines(0).contains("下转第七版"), jumpLines(0));
        assertEquals(1, undo.depth());
        undo.undo();
        assertEquals("第三版", row("版名").value());
        assertTrue(jumpLines(0).contains("下转第三版"), jumpLines(0));
        assertEquals(SAMPLE, doc.edition());
    }

    @Test
    void sectionNumberingIsOneUndoStep() {
        canvas.showPage(2);
        assertEquals(false, row("分叠编号").value());
        assertTrue(vm.set(row("分叠编号"), true));
        assertTrue(doc.edition().settings().sectionNumbering());
        assertEquals(true, row("分叠编号").value());
        String section = doc.edition().pages().get(2).section();
        assertTrue(row("版名").value().toString().startsWith(section), row("版名").value().toString());
        assertTrue(jumpLines(0).contains("下转" + section), jumpLines(0));
        undo.undo();
        assertEquals(SAMPLE, doc.edition());
        assertEquals("第三版", row("版名").value());
    }

    @Test
    void aPagesOwnNumberIsSetAndClearedByEmptyingTheField() {
        canvas.showPage(2);
        assertEquals("", row("本版页码 (空 = 顺排)").value());
        assertTrue(vm.set(row("本版页码 (空 = 顺排)"), "10"));
        assertEquals(10, doc.edition().pages().get(2).number());
        assertEquals("10", row("本版页码 (空 = 顺排)").value());
        assertEquals("第十版", row("版名").value());
        assertTrue(jumpLines(0).contains("下转第十版"), jumpLines(0));
        assertTrue(vm.set(row("本版页码 (空 = 顺排)"), ""));
        assertEquals(0, doc.edition().pages().get(2).number());
        assertEquals("第三版", row("版名").value());
        assertEquals(2, undo.depth());
        undo.undo();
        assertEquals(10, doc.edition().pages().get(2).number());
        undo.undo();
        assertEquals(SAMPLE, doc.edition());
    }

    @ParameterizedTest
    @CsvSource({
            "首页页码, 0, 首页页码须为 1 至 9999 的整数，不能取“0”",
            "首页页码, 10000, 首页页码须为 1 至 9999 的整数，不能取“10000”",
            "本版页码 (空 = 顺排), 0, 本版页码 (空 = 顺排)须为 1 至 9999 的整数或留空（顺排），不能取“0”",
            "本版页码 (空 = 顺排), 10000, 本版页码 (空 = 顺排)须为 1 至 9999 的整数或留空（顺排），不能取“10000”",
            "本版页码 (空 = 顺排), 三, 本版页码 (空 = 顺排)须为 1 至 9999 的整数或留空（顺排），不能取“三”",
    })
    void aPageNumberOutOfRangeIsRefusedWithTheBound(String name, String typed, String message) {
        canvas.showPage(2);
        PropertyRow r = row(name);
        Object old = r.value();
        Object value = r.type() == Integer.class ? (Object) Integer.valueOf(typed) : typed;
        assertFalse(vm.set(r, value));
        assertEquals(message, vm.refusalProperty().get());
        assertSame(SAMPLE, doc.edition());
        assertEquals(old, row(name).value());
        assertEquals(0, undo.depth());
        assertTrue(vm.set(row("首页页码"), 2));
        assertEquals("", vm.refusalProperty().get(), "a value taken clears the message");
    }

    @Test
    void theRefusalIsInEnglishWhenTheInterfaceIs() {
        Messages.use(Locale.ENGLISH);
        vm.relabel();
        assertFalse(vm.set(row("First page number"), 0));
        assertEquals("First page number must be a whole number from 1 to 9999, not \"0\"", vm.refusalProperty().get());
        assertTrue(vm.set(row("Number each section from 1"), true));
        assertTrue(vm.set(row("Page number (empty = counted)"), "4"));
        assertEquals(2, undo.depth());
    }

    private ParagraphStyle body() {
        return doc.edition().styles().find("正文").orElseThrow();
    }

    /** The most characters any line of a 正文 paragraph holds. */
    private int longestBodyLine() {
        int most = 0;
        for (PageLayout page : doc.layout().pages()) {
            for (LineBox line : page.lines()) {
                if (line.generated()) continue;
                Story story = doc.edition().story(line.storyId()).orElseThrow();
                if (!story.paragraphs().get(line.paragraph()).style().equals("正文")) continue;
                most = Math.max(most, line.end() - line.start());
            }
        }
        return most;
    }

    @Test
    void sideIndentsNarrowEveryBodyLineAsOneStepEach() {
        caret.set("正文");
        assertEquals(0.0, row("左缩进 (字)").value());
        assertEquals(0.0, row("右缩进 (字)").value());
        int before = longestBodyLine();
        assertTrue(vm.set(row("左缩进 (字)"), 2.0));
        assertTrue(vm.set(row("右缩进 (字)"), 1.5));
        assertEquals(2.0, body().leftIndentChars());
        assertEquals(1.5, body().rightIndentChars());
        assertEquals(2.0, row("左缩进 (字)").value());
        int after = longestBodyLine();
        assertTrue(after <= before - 3, before + " → " + after);
        assertEquals(2, undo.depth());
        undo.undo();
        assertEquals(0.0, body().rightIndentChars());
        undo.undo();
        assertEquals(SAMPLE, doc.edition());
        assertEquals(before, longestBodyLine());
    }

    /** The widest any 正文 line's glyphs reach, first glyph's left to last glyph's right, in 字 of the style. */
    private double widestBodyLine() {
        int widest = 0;
        for (PageLayout page : doc.layout().pages()) {
            for (LineBox line : page.lines()) {
                if (line.generated()) continue;
                Story story = doc.edition().story(line.storyId()).orElseThrow();
                if (!story.paragraphs().get(line.paragraph()).style().equals("正文")) continue;
                int left = Integer.MAX_VALUE, right = Integer.MIN_VALUE;
                for (GlyphRun run : line.runs()) {
                    for (int i = 0; i < run.xs().length; i++) {
                        left = Math.min(left, run.xs()[i]);
                        right = Math.max(right, run.xs()[i] + run.advances()[i]);
                    }
                }
                if (right > left) widest = Math.max(widest, right - left);
            }
        }
        return widest / (double) body().size();
    }

    @Test
    void aSpreadWidthBreaksSpreadLinesToThatWidth() {
        caret.set("正文");
        assertTrue(vm.set(row("对齐"), "分散对齐"));
        assertTrue(widestBodyLine() > 8, "spread to the measure: " + widestBodyLine());
        assertTrue(vm.set(row("撑满宽度 (字)"), 4.0));
        assertEquals(4.0, body().spreadChars());
        assertEquals(4.0, row("撑满宽度 (字)").value());
        assertTrue(widestBodyLine() <= 4.6, "lines of 4 字: " + widestBodyLine());
        undo.undo();
        assertEquals(0.0, body().spreadChars());
        undo.undo();
        assertEquals(SAMPLE, doc.edition());
    }

    @ParameterizedTest
    @CsvSource({
            "左缩进 (字), -1, 左缩进 (字)须在 0 至 100 字之间，不能取 -1",
            "右缩进 (字), 101, 右缩进 (字)须在 0 至 100 字之间，不能取 101",
            "撑满宽度 (字), 100.5, 撑满宽度 (字)须在 0 至 100 字之间，不能取 100.5",
    })
    void aSideIndentOutOfRangeIsRefusedWithTheBound(String name, double typed, String message) {
        caret.set("正文");
        assertFalse(vm.set(row(name), typed));
        assertEquals(message, vm.refusalProperty().get());
        assertSame(SAMPLE, doc.edition());
        assertEquals(0.0, row(name).value());
        assertEquals(0, undo.depth());
    }
}
