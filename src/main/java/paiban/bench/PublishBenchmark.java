package paiban.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.publish.PublishSettings;
import paiban.publish.Publisher;

/**
 * The digital edition (数字报) of the 3-page sample: composing it and writing
 * the whole site (page pictures at both sizes, HTML, manifest, ALTO), warm;
 * target < 2 s.
 */
public final class PublishBenchmark implements Benchmark {
    @Override public String name() { return "publish"; }

    @Override public String summary() { return "digital edition (数字报) of the 3-page sample: pictures, HTML, manifest, ALTO"; }

    @Override public void run(PrintStream out, boolean quick) throws Exception {
        Path sample = FontLibrary.Assets.directory().resolve("sample").resolve("edition.json");
        if (!Files.isRegularFile(sample)) {
            out.println("publish: no sample edition at " + sample + ", nothing measured");
            return;
        }
        Edition edition = EditionFile.read(sample);
        EditionComposer composer = new EditionComposer(FontLibrary.shared());
        Publisher publisher = new Publisher(PublishSettings.defaults());
        Path dir = Files.createTempDirectory("paiban-publish-bench");
        try {
            int warm = quick ? 0 : 2, rounds = quick ? 1 : 5;
            long[] bytes = new long[1];
            int[] files = new int[1];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            double[] cpu = new double[1];
            double all = Rounds.medianMs(warm, rounds, () -> {
                long c0 = threads.getCurrentThreadCpuTime();
                EditionLayout layout = composer.compose(edition, sample.getParent());
                Publisher.Result r = publisher.publish(edition, layout, dir, Publisher.Progress.NONE);
                files[0] = r.files().size();
                cpu[0] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            });
            bytes[0] = folderSize(dir);
            EditionLayout layout = composer.compose(edition, sample.getParent());
            double site = Rounds.medianMs(quick ? 0 : 1, rounds, () -> publisher.publish(edition, layout, dir, Publisher.Progress.NONE));
            // the thread's CPU time tells the work apart from waiting for a core on a busy machine
            out.printf("sample edition (%d pages) published: %.0f ms median with composing (last round %.0f ms CPU), "
                    + "%.0f ms from the layout; %d files, %,d KB (target < 2 s)%n",
                    edition.pages().size(), all, cpu[0], site, files[0], bytes[0] / 1024);
        } finally {
            delete(dir);
        }
    }

    private static long folderSize(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
