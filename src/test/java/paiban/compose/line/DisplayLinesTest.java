package paiban.compose.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.model.story.Paragraph;
import paiban.model.style.Alignment;
import paiban.model.style.Cmyk;
import paiban.model.style.FontFamily;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.ProhibitionLevel;

/** Two-line headlines break as a 美编 breaks them: about even, between phrases, never a number from its unit. */
class DisplayLinesTest {
    private static ParagraphStyle headline(double pt) {
        return new ParagraphStyle("主题", FontFamily.HEI, true, (int) Math.round(pt * 1000), 2, 0, Alignment.CENTER, 0, 0,
                ProhibitionLevel.NEWSPAPER, Cmyk.BLACK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            地区生产总值同比增长5.6%       | 24 | 243 | 地区生产总值/同比增长5.6%
            滨江半程马拉松4月28日开始报名   | 18 | 243 | 滨江半程马拉松/4月28日开始报名
            家门口的“暖心饭”越办越香        | 24 | 243 | 家门口的/“暖心饭”越办越香
            岸线贯通，通的不只是路          | 24 | 200 | 岸线贯通，/通的不只是路
            老旧小区加装电梯提速            | 24 | 369 | 老旧小区加装电梯提速
            """)
    void headlinesBreakBetweenPhrases(String text, double pt, double measurePt, String expected) {
        int width = (int) Math.round(measurePt * 1000);
        List<ComposedLine> lines = DisplayLines.balanced(Compose.SETTER, new Paragraph("主题", text), headline(pt),
                Compose.SHEET, width);
        assertEquals(Arrays.asList(expected.split("/")), Compose.texts(lines));
        for (ComposedLine l : lines) {
            assertEquals(width, l.width(), "reported at the full measure, to be centred across it");
            assertEquals(true, l.contentEnd() <= width, l.text());
        }
        assertEquals(text.length(), lines.get(lines.size() - 1).end());
        for (int i = 1; i < lines.size(); i++) assertEquals(lines.get(i - 1).end(), lines.get(i).start());
    }
}
