package paiban.compose.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static paiban.compose.line.Compose.SIZE;
import static paiban.compose.line.Compose.dump;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.compose.text.CharClass;
import paiban.compose.text.Prohibitions;
import paiban.compose.text.SampleText;
import paiban.layout.GlyphRun;
import paiban.model.story.Paragraph;
import paiban.model.style.Alignment;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.ProhibitionLevel;

/** Properties over thousands of generated paragraphs at several measures. */
class ComposeProperties {

    @ParameterizedTest(name = "{0} 字 + {1} mpt, {2}, seed {3}")
    @CsvSource({
            "13, 0, STRICT, 1",
            "20, 0, STRICT, 2",
            "5, 0, STRICT, 3",
            "13, 777, NEWSPAPER, 4",
            "8, 4321, BASIC, 5",
            "30, 0, STRICT, 6",
    })
    void everyParagraphIsSetByTheRules(int chars, int extra, ProhibitionLevel level, long seed) {
        Random random = new Random(seed);
        int width = chars * SIZE + extra;
        ParagraphStyle style = Compose.style(2, Alignment.JUSTIFY, level);
        for (int p = 0; p < 1500; p++) {
            String text = SampleText.paragraph(random, 10 + random.nextInt(250));
            List<ComposedLine> lines = Compose.lines(new Paragraph("正文", text), width, style);
            check(text, lines, width, level);
        }
    }

    private static void check(String text, List<ComposedLine> lines, int width, ProhibitionLevel level) {
        StringBuilder all = new StringBuilder();
        int expectedStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            ComposedLine l = lines.get(i);
            String t = l.text();
            assertEquals(expectedStart, l.start(), "lines not contiguous");
            assertEquals(text.substring(l.start(), l.end()), t);
            expectedStart = l.end();
            all.append(t);
            assertEquals(i == lines.size() - 1, l.last());
            assertTrue(l.contentEnd() <= width, "line wider than the measure:\n" + dump(lines));
            if (!l.last()) assertEquals(width, l.contentEnd(), "line " + i + " not full:\n" + dump(lines));
            for (GlyphRun r : l.runs()) {
                for (int g = 0; g < r.length(); g++) {
                    assertTrue(r.xs()[g] >= -SIZE / 2, "glyph left of the measure:\n" + dump(lines));
                    assertTrue(r.advances()[g] >= 0);
                }
            }
            byte first = CharClass.of(t.codePointAt(0));
            if (i > 0) assertFalse(Prohibitions.notAtStart(level, first),
                    "line " + i + " starts with " + t.charAt(0) + ":\n" + dump(lines));
            byte lastClass = CharClass.of(t.codePointBefore(t.length()));
            if (!l.last()) assertFalse(Prohibitions.notAtEnd(level, lastClass),
                    "line " + i + " ends with " + t.charAt(t.length() - 1) + ":\n" + dump(lines));
        }
        assertEquals(text, all.toString(), "characters lost, duplicated or reordered");
        if (lines.size() > 1) {
            String last = lines.get(lines.size() - 1).text();
            assertFalse(LineBreakerTestAccess.isLone(last), "孤字 on the last line:\n" + dump(lines));
        }
    }
}
