package paiban.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import paiban.compose.flow.FlowSession;
import paiban.font.FontLibrary;
import paiban.model.Edition;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/**
 * SPEC §11: one keystroke in a 3,000-character story threaded over two pages
 * of the generated edition, re-laid out by a {@link FlowSession}; target < 2 ms.
 * Every keystroke types a character not typed there before, so the changed
 * paragraph is never in the line cache.
 */
public final class KeystrokeBenchmark implements Benchmark {
    private static final String KEYS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经";

    @Override public String name() { return "keystroke"; }

    @Override public String summary() { return "re-layout after one keystroke in a 3,000-character story over two pages (target < 2 ms)"; }

    /**
     * The generated edition with page 1's lead story grown to 3,000 characters
     * and threaded through two frames on page 1 and two on page 2 (whose
     * stories are dropped).
     */
    static Edition edition() {
        Edition e = GeneratedEdition.of(24, 42);
        Story lead = e.stories().get(0);
        List<FrameRef> chain = List.of(new FrameRef("p1", "h0"), new FrameRef("p1", "t0"), new FrameRef("p1", "t2"),
                new FrameRef("p2", "t5"), new FrameRef("p2", "t7"));
        Story grown = lead.withParagraphs(new ArrayList<>(GeneratedEdition.story(new Random(3), 3000))).withChain(chain);
        List<Story> stories = new ArrayList<>(e.stories());
        stories.removeIf(s -> s.id().equals("p1-s2") || s.id().equals("p2-s5"));
        stories.set(0, grown);
        return e.withStories(stories);
    }

    @Override public void run(PrintStream out, boolean quick) {
        Edition base = edition();
        Story story = base.stories().get(0);
        FlowSession session = new FlowSession(FontLibrary.shared());
        session.layout(base);
        int cycles = quick ? 8 : 160, typed = 25, warm = cycles / 2;
        long[] ns = new long[cycles * typed], cpu = new long[cycles * typed];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long composed = 0;
        int n = 0;
        Random r = new Random(1);
        // like a person typing: a run of characters at one place in a paragraph, then the paragraph is put back
        for (int c = -warm; c < cycles; c++) {
            int k = 1 + r.nextInt(story.paragraphs().size() - 1);
            Paragraph p = story.paragraphs().get(k);
            int at = r.nextInt(p.text().length() + 1);
            StringBuilder text = new StringBuilder(p.text());
            for (int j = 0; j < typed; j++) {
                text.insert(at + j, KEYS.charAt(Math.floorMod(c * 7 + j * 3, KEYS.length())));
                Edition next = base.withStory(story.withParagraph(k, p.withText(text.toString())));
                long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                session.layout(next);
                long t = System.nanoTime() - t0, cp = threads.getCurrentThreadCpuTime() - c0;
                if (!session.lastWasIncremental()) throw new IllegalStateException("a keystroke took the full path");
                if (c >= 0) {
                    ns[n] = t;
                    cpu[n++] = cp;
                    composed += session.lastComposedParagraphs();
                }
            }
            session.layout(base);
        }
        int rounds = n;
        out.printf("keystroke: story of %,d characters in %d paragraphs over pages %s%n", story.characterCount(),
                story.paragraphs().size(), story.chain().stream().map(FrameRef::pageId).distinct().toList());
        out.printf("  re-layout median %.3f ms, p90 %.3f ms, max %.3f ms (thread CPU median %.3f ms); %.1f paragraphs composed per keystroke%n",
                ComposeEditionBenchmark.median(ns), ComposeEditionBenchmark.percentile(ns, 0.9),
                ComposeEditionBenchmark.percentile(ns, 1.0), ComposeEditionBenchmark.median(cpu), composed / (double) rounds);
    }
}
