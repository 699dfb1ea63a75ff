package paiban.bench;

import java.util.Arrays;

/** Warm-up rounds, then timed rounds of one piece of work: the loop every wall-clock benchmark shares. */
final class Rounds {
    private Rounds() {}

    interface Work {
        void run() throws Exception;
    }

    /** Milliseconds of each timed round, sorted. */
    static double[] sortedMs(int warm, int rounds, Work w) throws Exception {
        for (int i = 0; i < warm; i++) w.run();
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            w.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double medianMs(int warm, int rounds, Work w) throws Exception {
        double[] ms = sortedMs(warm, rounds, w);
        return ms[rounds / 2];
    }
}
