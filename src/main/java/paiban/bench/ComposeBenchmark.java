package paiban.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import paiban.compose.line.ComposedLine;
import paiban.compose.line.LineCursor;
import paiban.compose.line.ParagraphSetter;
import paiban.compose.text.SampleText;
import paiban.font.FontLibrary;
import paiban.model.story.Paragraph;
import paiban.model.style.DefaultStyles;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;
import paiban.model.unit.Units;

/**
 * Line composition speed (SPEC §11 wants ≥ 3 million characters per second
 * warm on one core): a deterministic corpus of ~300k characters of news-like
 * text set into 13 字 columns of 小五 (9 pt) body, one thread.
 */
public final class ComposeBenchmark implements Benchmark {
    private static final int PARAGRAPHS = 2_000;

    @Override public String name() { return "compose"; }

    @Override public String summary() { return "set ~300k characters of body text into 13-字 lines, one thread"; }

    @Override public void run(PrintStream out, boolean quick) {
        int body = Units.pt(9);
        StyleSheet sheet = DefaultStyles.forBody(body);
        ParagraphStyle style = sheet.paragraph(StyleSheet.BODY);
        int measure = Units.chars(13, body);
        Random random = new Random(20_240_601L);
        List<Paragraph> corpus = new ArrayList<>(PARAGRAPHS);
        long chars = 0;
        for (int i = 0; i < PARAGRAPHS; i++) {
            String text = SampleText.paragraph(random, 40 + random.nextInt(260));
            corpus.add(new Paragraph(StyleSheet.BODY, text));
            chars += text.codePointCount(0, text.length());
        }
        ParagraphSetter setter = new ParagraphSetter(FontLibrary.shared());
        int warmups = quick ? 1 : 15;
        int rounds = quick ? 2 : 15;
        long lines = 0;
        for (int i = 0; i < warmups; i++) lines += setAll(setter, corpus, style, sheet, measure);
        double[] rates = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            lines += setAll(setter, corpus, style, sheet, measure);
            long ns = System.nanoTime() - t0;
            rates[i] = chars * 1e9 / ns;
        }
        Arrays.sort(rates);
        out.printf("corpus: %d paragraphs, %,d characters, %,d lines per pass%n", PARAGRAPHS, chars,
                lines / (warmups + rounds));
        out.printf("compose: median %,.0f chars/s, best %,.0f chars/s (%d rounds, warm)%n",
                rates[rounds / 2], rates[rounds - 1], rounds);
    }

    private static long setAll(ParagraphSetter setter, List<Paragraph> corpus, ParagraphStyle style, StyleSheet sheet,
                               int measure) {
        long lines = 0;
        for (Paragraph p : corpus) {
            LineCursor c = setter.start(p, style, sheet);
            while (c.hasNext()) {
                ComposedLine l = c.next(measure);
                lines += l.runs().size() > 0 ? 1 : 0;
            }
        }
        return lines;
    }
}
