package paiban.bench;

import java.io.PrintStream;

import paiban.compose.flow.EditionComposer;
import paiban.edit.History;
import paiban.edit.MoveFrame;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.PageTemplate;
import paiban.model.Rect;

/**
 * The editor's cost of one step of dragging a text frame on a 24-page
 * edition: the {@link MoveFrame} change through the undo {@link History} and the
 * recomposition of the edition, as the editor's document does on release and on every
 * arrow-key nudge, and composes (without the change) at every grid step of a
 * drag for its live reflow (SPEC §11: dragging stays smooth). Drawing is not
 * included.
 */
public final class FrameDragBenchmark implements Benchmark {
    @Override public String name() { return "drag"; }

    @Override public String summary() { return "editor: move a text frame by one grid step through the undo stack and recompose (24 pages)"; }

    @Override public void run(PrintStream out, boolean quick) {
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
        int steps = quick ? 10 : 200, warm = steps / 2;
        long[] ns = new long[steps];
        int n = 0;
        Rect last = start;
        for (int i = -warm; i < steps; i++) {
            // back and forth across four grid lines, like a hand looking for the place
            int line = Math.floorMod(i, 8) < 4 ? Math.floorMod(i, 4) : 4 - Math.floorMod(i, 4);
            Rect to = start.moved(0, line * t.pitch() + (i % 2 == 0 ? 0 : t.pitch()));
            if (to.equals(undo.edition().pages().get(0).frame("t2").orElseThrow().bounds())) to = to.moved(0, t.pitch());
            long t0 = System.nanoTime();
            undo.apply(new MoveFrame("p1", "t2", to));
            long took = System.nanoTime() - t0;
            if (i >= 0) ns[n++] = took;
            last = to;
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
    }
}
