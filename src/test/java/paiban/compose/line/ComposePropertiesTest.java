package paiban.compose.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static paiban.compose.line.Compose.SIZE;
import static paiban.compose.line.Compose.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.compose.text.BreakOpportunities;
import paiban.compose.text.CharClass;
import paiban.compose.text.Prohibitions;
import paiban.compose.text.SampleText;
import paiban.layout.GlyphRun;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.style.Alignment;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.ProhibitionLevel;

/** Properties over thousands of generated paragraphs at several measures. */
class ComposePropertiesTest {

    @ParameterizedTest(name = "{0} 字 + {1} mpt, {2}, seed {3}")
    @CsvSource({
            "13, 0, STRICT, 1",
            "20, 0, STRICT, 2",
            "5, 0, STRICT, 3",
            "13, 777, NEWSPAPER, 4",
            "8, 4321, BASIC, 5",
            "30, 0, STRICT, 6",
            "13, 0, NONE, 7",
    })
    void everyParagraphIsSetByTheRules(int chars, int extra, ProhibitionLevel level, long seed) {
        Random random = new Random(seed);
        int width = chars * SIZE + extra;
        ParagraphStyle style = Compose.style(2, Alignment.JUSTIFY, level);
        for (int p = 0; p < 1500; p++) {
            String text = withConnectors(SampleText.paragraph(random, 10 + random.nextInt(250)));
            List<ComposedLine> lines = Compose.lines(new Paragraph("正文", text), width, style);
            check(text, lines, width, level);
            checkLooseLinesCouldNotPushIn(text, lines, width, style);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"11", "12", "13"})
    void anyAlignmentStyleRunAndMeasureKeepsTheText(long seed) {
        Random random = new Random(seed);
        Alignment[] alignments = Alignment.values();
        ProhibitionLevel[] levels = ProhibitionLevel.values();
        String[] charStyles = {"粗体", "强调"};
        for (int p = 0; p < 800; p++) {
            String text = SampleText.paragraph(random, 5 + random.nextInt(200));
            List<CharRun> runs = new ArrayList<>();
            for (int r = random.nextInt(3); r > 0; r--) {
                int a = random.nextInt(text.length());
                int b = Math.min(text.length(), a + 1 + random.nextInt(12));
                if (Character.isLowSurrogate(text.charAt(a))) continue;
                runs.add(new CharRun(a, b, charStyles[random.nextInt(2)]));
            }
            Alignment alignment = alignments[random.nextInt(alignments.length)];
            ProhibitionLevel level = levels[random.nextInt(levels.length)];
            int width = (5 + random.nextInt(26)) * SIZE + random.nextInt(SIZE);
            ParagraphStyle style = Compose.style(random.nextInt(3), alignment, level);
            List<ComposedLine> lines = Compose.lines(new Paragraph("正文", text, runs), width, style);
            StringBuilder all = new StringBuilder();
            for (ComposedLine l : lines) {
                all.append(l.text());
                assertTrue(l.contentEnd() <= width, () -> alignment + " line wider than the measure:\n" + dump(lines));
                boolean full = alignment == Alignment.SPREAD || (alignment == Alignment.JUSTIFY && !l.last());
                if (full) assertEquals(width, l.contentEnd(), () -> alignment + " line not full:\n" + dump(lines));
                for (GlyphRun run : l.runs()) {
                    for (int g = 0; g < run.length(); g++) {
                        String style1 = new Paragraph("正文", text, runs).charStyleAt(run.sources()[g]);
                        boolean bold = style1 != null;
                        assertEquals(bold, run.face().name().endsWith("Bold"), "face of " + text.charAt(run.sources()[g]));
                    }
                }
            }
            assertEquals(text, all.toString());
        }
    }

    /** The generated copy with number ranges joined by connectors (2024—2030, 5～37℃) and a hyphen. */
    static String withConnectors(String text) {
        return text.replace("2024", "2024—2030").replace("37℃", "5～37℃").replace("3.8万", "北京-上海3.8万");
    }

    /**
     * A line letter-spaced past the limit is one where pushing in was tried and failed: the
     * text up to the next break opportunity does not fit even with everything shrunk.
     */
    private static void checkLooseLinesCouldNotPushIn(String text, List<ComposedLine> lines, int width, ParagraphStyle style) {
        ParagraphText t = null;
        for (ComposedLine l : lines) {
            if (l.last() || !l.loose()) continue;
            if (t == null) t = ParagraphText.measure(new Paragraph("正文", text), style, Compose.SHEET, Compose.FONTS, null);
            int s = text.codePointCount(0, l.start()), b = text.codePointCount(0, l.end());
            int next = b + 1;
            while (next < t.n && t.breaks[next] != BreakOpportunities.ALLOWED) next++;
            int q = next;
            if (q < t.n && LineBreaker.isLone(t, q, t.n)) continue; // pushing in would leave a 孤字: that rule comes first
            long available = width - (s == 0 ? Math.round(style.indentChars() * style.size()) : 0);
            long least = t.natural(s, q) - t.shrinkable(s, q);
            assertTrue(least > available, () -> "loose line [" + l.text() + "] could have pushed in to " + q + ":\n" + dump(lines));
        }
    }

    private static void check(String text, List<ComposedLine> lines, int width, ProhibitionLevel level) {
        int[] cps = text.codePoints().toArray();
        byte[] cls = new byte[cps.length];
        for (int i = 0; i < cps.length; i++) cls[i] = CharClass.of(cps[i]);
        byte[] breaks = new byte[cps.length + 1];
        BreakOpportunities.compute(cps, cls, cps.length, level, breaks);
        StringBuilder all = new StringBuilder();
        int expectedStart = 0;
        for (int index = 0; index < lines.size(); index++) {
            final int i = index;
            ComposedLine l = lines.get(i);
            String t = l.text();
            assertEquals(expectedStart, l.start(), "lines not contiguous");
            assertEquals(text.substring(l.start(), l.end()), t);
            expectedStart = l.end();
            all.append(t);
            assertEquals(i == lines.size() - 1, l.last());
            assertTrue(l.contentEnd() <= width, () -> "line wider than the measure:\n" + dump(lines));
            if (!l.last()) assertEquals(width, l.contentEnd(), () -> "line " + i + " not full:\n" + dump(lines));
            for (GlyphRun r : l.runs()) {
                for (int g = 0; g < r.length(); g++) {
                    assertTrue(r.xs()[g] >= -SIZE / 2, () -> "glyph left of the measure:\n" + dump(lines));
                    assertTrue(r.advances()[g] >= 0);
                }
            }
            byte first = CharClass.of(t.codePointAt(0));
            if (i > 0) assertFalse(Prohibitions.notAtStart(level, first),
                    () -> "line " + i + " starts with " + t.charAt(0) + ":\n" + dump(lines));
            int startCp = text.codePointCount(0, l.start());
            if (i > 0 && level != ProhibitionLevel.NONE) assertFalse(BreakOpportunities.isConnector(cps, cls, cps.length, startCp),
                    () -> "line " + i + " starts with the connector " + t.charAt(0) + ":\n" + dump(lines));
            if (!l.last()) assertExpansionOnlyAtBreaks(text, l, breaks, lines);
            byte lastClass = CharClass.of(t.codePointBefore(t.length()));
            if (!l.last()) assertFalse(Prohibitions.notAtEnd(level, lastClass),
                    () -> "line " + i + " ends with " + t.charAt(t.length() - 1) + ":\n" + dump(lines));
        }
        assertEquals(text, all.toString(), "characters lost, duplicated or reordered");
        // at 5 字 a lone last character can be unavoidable (the unit above plus it exceed the measure)
        if (lines.size() > 1 && width >= 8 * SIZE) {
            String last = lines.get(lines.size() - 1).text();
            assertFalse(LineBreakerTestAccess.isLone(last), () -> "孤字 on the last line:\n" + dump(lines));
        }
    }

    /**
     * A justified line opens room only where a line may break: the box of a character after
     * a prohibited boundary (“|中, 中|”, ”|。) touches the box before it, unless the line has
     * no allowed boundary at all.
     */
    private static void assertExpansionOnlyAtBreaks(String text, ComposedLine l, byte[] breaks, List<ComposedLine> lines) {
        List<int[]> boxes = new ArrayList<>(); // code point index, left, right
        int cpIndex = text.codePointCount(0, l.start()), utf16 = l.start();
        for (GlyphRun r : l.runs()) {
            for (int g = 0; g < r.length(); g++) {
                cpIndex += text.codePointCount(utf16, r.sources()[g]);
                utf16 = r.sources()[g];
                int left = Carets.boxLeft(r, g);
                boxes.add(new int[] {cpIndex, left, left + r.advances()[g], text.codePointAt(utf16)});
            }
        }
        boolean anyAllowed = false;
        for (int k = 1; k < boxes.size(); k++) anyAllowed |= breaks[boxes.get(k)[0]] == BreakOpportunities.ALLOWED;
        if (!anyAllowed) return;
        for (int k = 1; k < boxes.size(); k++) {
            int[] a = boxes.get(k - 1), b = boxes.get(k);
            if (breaks[b[0]] != BreakOpportunities.PROHIBITED) continue;
            int cp = b[3], before = a[3];
            // a Han–Latin quarter em may sit at a prohibited boundary ($ after Han); only spreading is checked
            if (CharClass.isAlnum(CharClass.of(cp)) || CharClass.isAlnum(CharClass.of(before))) continue;
            assertTrue(b[1] <= a[2], () -> "room opened before " + new String(Character.toChars(cp)) + " in ["
                    + l.text() + "]:\n" + dump(lines));
        }
    }
}
