package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.font.FontLibrary;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.frame.TextFrame;
import paiban.model.story.CharRun;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.model.style.DefaultStyles;
import paiban.model.style.StyleSheet;

/**
 * A run never changes the line grid: body text with runs of another size
 * (初号 to 七号), scale and tracking sets every line on the page grid, one
 * pitch apart, on the same grid lines as the plain paragraph — the bigger
 * glyphs sit on the line's baseline and reach above it, they do not push
 * the line down.
 */
class MixedSizeRunsTest {
    static final String TEXT = "本报讯记者从市政府获悉今年全市经济运行总体平稳工业生产稳步增长消费市场持续回暖。".repeat(6);

    @ParameterizedTest
    @CsvSource({"42000, 100", "26000, 80", "16000, 100", "7500, 100", "5500, 120", "10500, 60"})
    void linesKeepThePitchWhateverTheRunsSize(int size, int scale) {
        CharStyle run = new CharStyle("大", null, true, null, size, scale, null, 100);
        List<CharRun> runs = new ArrayList<>();
        for (int i = 0; i + 6 <= TEXT.length(); i += 23) runs.add(new CharRun(i, i + 6, "大"));
        List<LineBox> mixed = lines(new Paragraph("正文", TEXT, runs), run);
        List<LineBox> plain = lines(new Paragraph("正文", TEXT), run);

        assertTrue(mixed.size() > 3, "several lines: " + mixed.size());
        assertEquals(plain.get(0).baseline(), mixed.get(0).baseline(), "the first line on the plain text's grid line");
        for (int i = 1; i < mixed.size(); i++) {
            assertEquals(Editions.T.pitch(), mixed.get(i).baseline() - mixed.get(i - 1).baseline(), "line " + i + " one pitch down");
        }
        boolean seen = false;
        for (LineBox l : mixed) {
            for (GlyphRun g : l.runs()) {
                if (g.size() == size && size != Editions.T.bodySize()) seen = true;
            }
        }
        assertTrue(seen || size == Editions.T.bodySize(), "the runs are set at their own size");
    }

    private static List<LineBox> lines(Paragraph p, CharStyle run) {
        TextFrame frame = Editions.textFrame("t", 0, 4, 2, 40, 1);
        StyleSheet body = DefaultStyles.forBody(Editions.T.bodySize());
        StyleSheet sheet = new StyleSheet(body.paragraphStyles(), List.of(run));
        Story s = new Story("s", "", List.of(p), List.of(new FrameRef("p1", "t")));
        Edition e = new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(Editions.T),
                sheet, List.of(Editions.page("p1", "A01", List.of(frame))), List.of(s));
        return LayoutText.storyLines(new EditionComposer(FontLibrary.shared()).compose(e), "s");
    }
}
