package paiban.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;

/** SPEC §11: compose a 24-page edition (≈250k characters, ≈200 stories), warm; target < 100 ms. */
public final class ComposeEditionBenchmark implements Benchmark {
    @Override public String name() { return "compose-edition"; }

    @Override public String summary() { return "compose a generated 24-page edition, warm (target < 100 ms)"; }

    @Override public void run(PrintStream out, boolean quick) {
        FontLibrary fonts = FontLibrary.shared();
        Edition edition = GeneratedEdition.of(24, 42);
        int warm = quick ? 2 : 15, rounds = quick ? 3 : 20;
        EditionLayout layout = null;
        for (int i = 0; i < warm; i++) layout = new EditionComposer(fonts).compose(edition);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cold = new long[rounds], coldCpu = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            EditionComposer fresh = new EditionComposer(fonts);
            long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            layout = fresh.compose(edition);
            cold[i] = System.nanoTime() - t0;
            coldCpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        EditionComposer kept = new EditionComposer(fonts);
        kept.compose(edition);
        long[] cached = new long[rounds], cachedCpu = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            kept.compose(edition);
            cached[i] = System.nanoTime() - t0;
            cachedCpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        long lines = layout.pages().stream().mapToLong(p -> p.lines().size()).sum();
        int overset = layout.stories().values().stream().mapToInt(f -> f.overset()).sum();
        out.printf("compose-edition: %d pages, %,d characters, %d stories, %,d lines, %,d overset%n",
                edition.pages().size(), GeneratedEdition.characters(edition), edition.stories().size(), lines, overset);
        out.printf("  every line composed (new composer):  median %.1f ms, min %.1f ms (thread CPU median %.1f ms)%n",
                median(cold), min(cold), median(coldCpu));
        out.printf("  lines from the composer's cache:     median %.1f ms, min %.1f ms (thread CPU median %.1f ms)%n",
                median(cached), min(cached), median(cachedCpu));
    }

    static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    static double min(long[] ns) {
        return Arrays.stream(ns).min().orElse(0) / 1e6;
    }

    static double percentile(long[] ns, double q) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) (s.length * q))] / 1e6;
    }
}
