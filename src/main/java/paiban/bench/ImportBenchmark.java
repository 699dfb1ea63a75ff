package paiban.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Random;

import paiban.compose.text.SampleText;
import paiban.io.imports.Cleanup;
import paiban.io.imports.ImportOptions;
import paiban.io.imports.ImportResult;
import paiban.io.imports.StoryImporter;

/**
 * Text import with every clean-up rule on: ~300k characters of news-like copy
 * made dirty the way reporters send it (hard-wrapped at 36 characters,
 * half-width commas, PDF-spaced paragraphs, indented), one thread.
 */
public final class ImportBenchmark implements Benchmark {
    private static final int PARAGRAPHS = 2_000;

    @Override public String name() { return "import"; }

    @Override public String summary() { return "import ~300k characters of dirty copy with every clean-up rule on"; }

    @Override public void run(PrintStream out, boolean quick) {
        String copy = dirtyCopy(new Random(20_261_125L));
        long chars = copy.codePointCount(0, copy.length());
        ImportOptions options = ImportOptions.defaults();
        int warmups = quick ? 1 : 10;
        int rounds = quick ? 2 : 10;
        ImportResult last = null;
        for (int i = 0; i < warmups; i++) last = StoryImporter.importText(copy, "bench.txt", options);
        double[] rates = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            last = StoryImporter.importText(copy, "bench.txt", options);
            rates[i] = chars * 1e9 / (System.nanoTime() - t0);
        }
        Arrays.sort(rates);
        out.printf("copy: %,d characters in, %d paragraphs out; %d joins, %d punctuation, %d Chinese spaces%n", chars,
                last.body().paragraphs().size(), last.report().count(Cleanup.JOIN_LINES),
                last.report().count(Cleanup.PUNCTUATION), last.report().count(Cleanup.CHINESE_SPACES));
        out.printf("import: median %,.0f chars/s, best %,.0f chars/s (%d rounds, warm)%n",
                rates[rounds / 2], rates[rounds - 1], rounds);
    }

    static String dirtyCopy(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < PARAGRAPHS; i++) {
            String p = SampleText.paragraph(random, 40 + random.nextInt(260)).replace('，', ',');
            if (i % 10 == 3) p = String.join(" ", p.split(""));
            sb.append("\u3000\u3000");
            for (int k = 0; k < p.length(); k += 36) sb.append(p, k, Math.min(p.length(), k + 36)).append('\n');
            sb.append('\n');
        }
        return sb.toString();
    }
}
