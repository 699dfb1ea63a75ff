package paiban.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Random;

import paiban.compose.flow.FlowSession;
import paiban.edit.LineCarets;
import paiban.edit.StoryLines;
import paiban.edit.StoryOffset;
import paiban.edit.TextEdits;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/**
 * One keystroke typed on the page canvas, without the window: the edit of
 * the story's paragraphs ({@link TextEdits}), the incremental re-layout, and
 * finding the caret again on the new lines ({@link StoryLines}, {@link LineCarets}),
 * in the 3,000-character story over two pages of {@link KeystrokeBenchmark}.
 * Reports the whole and the caret's share.
 */
public final class CanvasKeystrokeBenchmark implements Benchmark {
    private static final String KEYS = "新华社记者报道排版滨江岸线贯通工程今天上午正式开通";

    @Override public String name() { return "canvas-keystroke"; }

    @Override public String summary() {
        return "one keystroke typed on the canvas: text edit, re-layout, caret found again (target < 2 ms)";
    }

    @Override public void run(PrintStream out, boolean quick) {
        Edition base = KeystrokeBenchmark.edition();
        String storyId = base.stories().get(0).id();
        FlowSession session = new FlowSession(FontLibrary.shared());
        session.layout(base);
        int cycles = quick ? 6 : 120, typed = 25, warm = cycles / 2;
        long[] whole = new long[cycles * typed], caret = new long[cycles * typed];
        int n = 0;
        long sink = 0;
        Random r = new Random(5);
        for (int c = -warm; c < cycles; c++) {
            Edition e = base;
            Story story = e.story(storyId).orElseThrow();
            int k = 1 + r.nextInt(story.paragraphs().size() - 1);
            StoryOffset at = new StoryOffset(k, r.nextInt(story.paragraphs().get(k).text().length() + 1));
            for (int j = 0; j < typed; j++) {
                long t0 = System.nanoTime();
                List<Paragraph> ps = e.story(storyId).orElseThrow().paragraphs();
                TextEdits.Result edit = TextEdits.insert(ps, at, String.valueOf(KEYS.charAt(Math.floorMod(c * 5 + j, KEYS.length()))));
                Story next = e.story(storyId).orElseThrow().withParagraphs(edit.paragraphs());
                e = e.withStory(next);
                EditionLayout layout = session.layout(e);
                long t1 = System.nanoTime();
                StoryLines lines = StoryLines.of(layout, next);
                int i = lines.lineIndex(edit.caret(), false);
                if (i >= 0) sink += LineCarets.caretX(lines.lines().get(i).line(), edit.caret().offset());
                long t2 = System.nanoTime();
                at = edit.caret();
                if (c >= 0) {
                    whole[n] = t2 - t0;
                    caret[n++] = t2 - t1;
                }
            }
            session.layout(base);
        }
        out.printf("canvas-keystroke: %,d keystrokes typed on the canvas (checksum %d)%n", n, sink % 10);
        out.printf("  whole median %.3f ms, p90 %.3f ms; finding the caret median %.3f ms, p90 %.3f ms%n",
                ComposeEditionBenchmark.median(whole), ComposeEditionBenchmark.percentile(whole, 0.9),
                ComposeEditionBenchmark.median(caret), ComposeEditionBenchmark.percentile(caret, 0.9));
    }
}
