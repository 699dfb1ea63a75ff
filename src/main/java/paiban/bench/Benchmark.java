package paiban.bench;

import java.io.PrintStream;

/** One measured workload of {@code paiban bench}; it warms up itself and prints its own result lines. */
public interface Benchmark {
    String name();

    String summary();

    /** Runs warm-up and measured rounds; {@code quick} runs fewer rounds (for tests of the command). */
    void run(PrintStream out, boolean quick) throws Exception;
}
