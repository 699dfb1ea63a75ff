package paiban.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import paiban.compose.flow.EditionComposer;
import paiban.edit.History;
import paiban.edit.MoveFrame;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;

/**
 * The editor's cost of one step of dragging a text frame on a 24-page
 * edition: the {@link MoveFrame} change through the undo {@link History} and the
 * recomposition of the edition, as the editor's document does on release and on every
 * arrow-key nudge, and composes (without the change) at every grid step of a
 * drag for its live reflow (SPEC §11: dragging stays smooth). The composer's
 * session flows again only the story whose frame moved (issue #16); the report
 * says how many stories and paragraphs a step composed and how many page layouts
 * it kept. A second line measures the live reflow on the sample's full front page.
 * Drawing is not included.
 */
public final class FrameDragBenchmark implements Benchmark {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @Override public String name() { return "drag"; }

    @Override public String summary() { return "editor: move a text frame by one grid step through the undo stack and recompose (24 pages)"; }

    @Override public void run(PrintStream out, boolean quick) throws Exception {
        Edition base = GeneratedEdition.of(24, 42);
        EditionComposer composer = new EditionComposer(FontLibrary.shared());
        // what the editor's document does with each new edition: hold it and compose it
        Edition[] held = {base};
        EditionLayout[] laidOut = {composer.layout(base, null)};
        History undo = new History(() -> held[0], next -> {
            laidOut[0] = composer.layout(next, null);
            held[0] = next;
        });
        PageTemplate t = base.templateOf(base.pages().get(0));
        Rect start = base.pages().get(0).frame("t2").orElseThrow().bounds();
        // warm enough for the JIT to have compiled the incremental path, as in an editor in use
        int steps = quick ? 10 : 200, warm = quick ? steps / 2 : 1000;
        long[] ns = new long[steps], cpu = new long[steps];
        int n = 0, stories = 0, paragraphs = 0, keptPages = 0;
        Rect last = start;
        for (int i = -warm; i < steps; i++) {
            // back and forth across four grid lines, like a hand looking for the place
            int line = Math.floorMod(i, 8) < 4 ? Math.floorMod(i, 4) : 4 - Math.floorMod(i, 4);
            Rect to = start.moved(0, line * t.pitch() + (i % 2 == 0 ? 0 : t.pitch()));
            if (to.equals(undo.edition().pages().get(0).frame("t2").orElseThrow().bounds())) to = to.moved(0, t.pitch());
            EditionLayout was = laidOut[0];
            long c0 = THREADS.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            undo.apply(new MoveFrame("p1", "t2", to));
            last = to;
            long took = System.nanoTime() - t0, tookCpu = THREADS.getCurrentThreadCpuTime() - c0;
            if (i >= 0) {
                cpu[n] = tookCpu;
                ns[n++] = took;
                stories += composer.session().lastComposedStories();
                paragraphs += composer.session().lastComposedParagraphs();
                for (int p = 0; p < was.pages().size(); p++) if (was.pages().get(p) == laidOut[0].pages().get(p)) keptPages++;
            }
        }
        // what was timed is the move and its recomposition: the frame is where it was dragged, and laid out there
        if (!held[0].pages().get(0).frame("t2").orElseThrow().bounds().equals(last)) {
            throw new IllegalStateException("the last move did not land");
        }
        boolean laidOutThere = laidOut[0].pages().get(0).frames().stream()
                .anyMatch(f -> f.frameId().equals("t2") && f.bounds().equals(held[0].pages().get(0).frame("t2").orElseThrow().bounds()));
        if (!laidOutThere) throw new IllegalStateException("the layout is not the moved edition's");
        out.printf("drag: %d steps of a 4-column frame on page 1 of 24; change + recompose median %.3f ms, p90 %.3f ms, max %.3f ms; %d undo steps kept%n",
                steps, ComposeEditionBenchmark.median(ns), ComposeEditionBenchmark.percentile(ns, 0.9),
                ComposeEditionBenchmark.percentile(ns, 1.0), undo.depth());
        out.printf("  p99 %.3f ms; thread CPU median %.3f ms, p99 %.3f ms; per step %.1f stories and %.1f paragraphs composed, %d of 24 page layouts kept%n",
                ComposeEditionBenchmark.percentile(ns, 0.99), ComposeEditionBenchmark.median(cpu),
                ComposeEditionBenchmark.percentile(cpu, 0.99), stories / (double) steps, paragraphs / (double) steps,
                keptPages / steps);
        sample(out, quick);
    }

    /**
     * The canvas's live reflow on the sample's full front page: every grid step of a 60-step drag
     * of the lead's first frame (its story jumps to page 3) makes the candidate edition the drop
     * would make and composes it, as the canvas does before painting.
     */
    private static void sample(PrintStream out, boolean quick) throws Exception {
        Path file = FontLibrary.Assets.directory().resolve("sample").resolve("edition.json");
        if (!Files.isRegularFile(file)) {
            out.println("  sample page 1: no sample edition at " + file + ", nothing measured");
            return;
        }
        Edition sample = EditionFile.read(file);
        Path dir = file.getParent();
        EditionComposer composer = new EditionComposer(FontLibrary.shared());
        composer.layout(sample, dir);
        Page p1 = sample.pages().get(0);
        PageTemplate t = sample.templateOf(p1);
        String frame = "p1-lead-1";
        Rect start = p1.frame(frame).orElseThrow().bounds();
        int steps = quick ? 10 : 60, rounds = quick ? 1 : 5;
        long[] ns = new long[steps * rounds], cpu = new long[steps * rounds];
        int n = 0, stories = 0, paragraphs = 0;
        Edition e = sample;
        for (int round = quick ? -1 : -10; round < rounds; round++) {
            for (int i = 0; i < steps; i++) {
                // down the page and back, a grid line a step, as the hand drags
                int line = i < steps / 2 ? i : steps - i;
                Rect to = start.moved(0, (line % 12) * t.pitch());
                long c0 = THREADS.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                e = new MoveFrame(p1.id(), frame, to).apply(e).edition();
                composer.layout(e, dir);
                long took = System.nanoTime() - t0, tookCpu = THREADS.getCurrentThreadCpuTime() - c0;
                if (round >= 0) {
                    cpu[n] = tookCpu;
                    ns[n++] = took;
                    stories += composer.session().lastComposedStories();
                    paragraphs += composer.session().lastComposedParagraphs();
                }
            }
        }
        out.printf("drag-sample: %d steps of the lead's frame on the sample's page 1 (live reflow), %d rounds; change + compose median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms (thread CPU median %.3f ms, p99 %.3f ms); per step %.1f stories, %.1f paragraphs composed%n",
                steps, rounds, ComposeEditionBenchmark.median(ns), ComposeEditionBenchmark.percentile(ns, 0.9),
                ComposeEditionBenchmark.percentile(ns, 0.99), ComposeEditionBenchmark.percentile(ns, 1.0),
                ComposeEditionBenchmark.median(cpu), ComposeEditionBenchmark.percentile(cpu, 0.99),
                stories / (double) n, paragraphs / (double) n);
    }
}
