package paiban.ui;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Milestones of the editor's start, in milliseconds since the JVM started:
 * {@code -Dpaiban.timing=true} prints them to stderr when the window is
 * usable, and {@code -Dpaiban.exitWhenUsable=true} (the start benchmark)
 * prints the time to usable and ends the program there.
 */
public final class StartupClock {
    /** The line the start benchmark reads: {@code paiban: usable after N ms}. */
    public static final String USABLE_LINE = "paiban: usable after %d ms";
    private static final List<String> MARKS = new ArrayList<>();
    private static volatile boolean done;

    private StartupClock() {}

    /** Milliseconds since the JVM started. */
    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** CPU time of the whole process (every thread, the JIT and the collector too); -1 where unknown. */
    public static long processCpuMs() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    public static boolean timing() {
        return Boolean.getBoolean("paiban.timing");
    }

    public static boolean exitWhenUsable() {
        return Boolean.getBoolean("paiban.exitWhenUsable");
    }

    /** Notes a milestone when start-up is being timed. */
    public static void mark(String what) {
        if (done || !(timing() || exitWhenUsable())) return;
        String line = String.format("  %6d ms  (cpu %6d ms, %5d classes)  %s  [%s]", sinceJvmStart(), processCpuMs(),
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(), what, Thread.currentThread().getName());
        synchronized (MARKS) {
            MARKS.add(line);
        }
    }

    /** With {@code -Dpaiban.timing=true}, prints a milestone after usable at once (what the start put off). */
    public static void afterUsable(String what) {
        if (!done || !timing()) return;
        System.err.printf("  %6d ms  (cpu %6d ms, %5d classes)  %s  [%s]%n", sinceJvmStart(), processCpuMs(),
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(), what, Thread.currentThread().getName());
    }

    /** The window is up, page 1 painted and input taken: reports once, and ends the program for the benchmark. */
    public static void usable() {
        if (done) return;
        long ms = sinceJvmStart();
        mark("usable");
        done = true;
        if (timing()) {
            synchronized (MARKS) {
                MARKS.forEach(System.err::println);
            }
            Runtime rt = Runtime.getRuntime();
            System.err.printf("paiban: heap in use %d MB (before collection)%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
            var threads = ManagementFactory.getThreadMXBean();
            java.util.Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                    .filter(java.util.Objects::nonNull)
                    .map(t -> new Object[] {threads.getThreadCpuTime(t.getThreadId()) / 1_000_000, t.getThreadName()})
                    .filter(a -> (long) a[0] >= 20)
                    .sorted((a, b) -> Long.compare((long) b[0], (long) a[0]))
                    .forEach(a -> System.err.printf("    thread cpu %5d ms  %s%n", a[0], a[1]));
        }
        if (exitWhenUsable() || timing()) System.err.printf(USABLE_LINE + "; cpu %d ms%n", ms, processCpuMs());
        if (exitWhenUsable()) {
            System.err.flush();
            System.exit(0);
        }
    }
}
