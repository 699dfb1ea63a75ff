package paiban.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Every benchmark {@code paiban bench} knows, in report order: the headless ones here, then those
 * other layers provide through {@link ServiceLoader} ({@code META-INF/services/paiban.bench.Benchmark}),
 * such as the editor's, which drive the real window and need JavaFX. Without JavaFX on the class
 * path those cannot load; they are left out and {@link #skipped()} says so in one line.
 */
public final class Benchmarks {
    private Benchmarks() {}

    public static List<Benchmark> all() {
        List<Benchmark> all = new ArrayList<>(List.of(new ComposeBenchmark(), new ComposeEditionBenchmark(),
                new KeystrokeBenchmark(), new CanvasKeystrokeBenchmark(), new ExportBenchmark(), new PublishBenchmark(),
                new ImportBenchmark(), new FileBenchmark(), new FrameDragBenchmark(), new TableBenchmark(),
                new VerticalComposeBenchmark()));
        all.addAll(provided().benchmarks);
        return all;
    }

    /**
     * A line saying how many provided benchmarks could not be loaded (no JavaFX on the class path),
     * empty when all loaded.
     */
    public static String skipped() {
        int n = provided().skipped;
        return n == 0 ? "" : n + " benchmark(s) of the editor skipped: they need JavaFX, which is not on the class path";
    }

    private record Provided(List<Benchmark> benchmarks, int skipped) {}

    private static Provided provided() {
        List<Benchmark> found = new ArrayList<>();
        int skipped = 0;
        Iterator<Benchmark> it = ServiceLoader.load(Benchmark.class, Benchmarks.class.getClassLoader()).iterator();
        // bounded: a broken services file must not keep the iterator failing on the same line
        for (int tries = 0; tries < 100; tries++) {
            try {
                if (!it.hasNext()) break;
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                // the provider needs classes this class path lacks (JavaFX for the editor's benchmarks)
                skipped++;
            }
        }
        return new Provided(found, skipped);
    }
}
