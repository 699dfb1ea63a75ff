package paiban.bench;

import java.util.List;

/** Every benchmark {@code paiban bench} knows, in report order. */
public final class Benchmarks {
    private Benchmarks() {}

    public static List<Benchmark> all() {
        return List.of(new ComposeBenchmark(), new ComposeEditionBenchmark(), new KeystrokeBenchmark(),
                new CanvasKeystrokeBenchmark(),
                new ExportBenchmark(), new PublishBenchmark(), new ImportBenchmark(), new FileBenchmark(), new FrameDragBenchmark(), new TableBenchmark(), new VerticalComposeBenchmark());
    }
}
