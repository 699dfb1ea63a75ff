package paiban.bench;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import paiban.compose.flow.EditionComposer;
import paiban.compose.text.SampleText;
import paiban.font.FontLibrary;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.TextFrame;
import paiban.model.frame.WritingMode;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.DefaultStyles;
import paiban.model.style.StyleSheet;

/**
 * Vertical text (竖排) against horizontal: one 对开 page whose type area is one text frame holding
 * ~10k characters of body text (it holds ~11k either way), composed whole (a fresh composer each round, so no cache helps),
 * set horizontally and then the same frame set vertically.
 */
public final class VerticalComposeBenchmark implements Benchmark {
    @Override public String name() { return "vertical"; }

    @Override public String summary() { return "compose a page of body text horizontally, then the same frame vertically"; }

    @Override public void run(PrintStream out, boolean quick) throws Exception {
        PageTemplate t = PageTemplate.duikai();
        Random random = new Random(20_261_207L);
        List<Paragraph> ps = new ArrayList<>();
        long chars = 0;
        while (chars < 10_000) {
            String text = SampleText.paragraph(random, 40 + random.nextInt(260));
            ps.add(new Paragraph(StyleSheet.BODY, text));
            chars += text.codePointCount(0, text.length());
        }
        TextFrame frame = new TextFrame("t", t.typeArea(), 2, t.gap());
        int warm = quick ? 1 : 15, rounds = quick ? 2 : 15;
        // set vertically, the frame's height is cut to whole 字 per tier, as the horizontal columns are whole 字 wide
        int tier = (t.typeHeight() - t.gap()) / 2 / t.bodySize() * t.bodySize();
        paiban.model.Rect area = t.typeArea();
        TextFrame vertical = frame.withBounds(new paiban.model.Rect(area.x(), area.y(), area.width(), 2 * tier + t.gap()))
                .withWritingMode(WritingMode.VERTICAL);
        // both warmed before either is timed, so neither pays for the other's compilation
        Rounds.medianMs(warm, 1, () -> { compose(t, frame, ps); compose(t, vertical, ps); });
        double h = Rounds.medianMs(0, rounds, () -> compose(t, frame, ps));
        double v = Rounds.medianMs(0, rounds, () -> compose(t, vertical, ps));
        out.printf("vertical: %,d characters on one page; horizontal %.1f ms, vertical %.1f ms (%.2f×), median of %d%n",
                chars, h, v, v / h, rounds);
    }

    private static void compose(PageTemplate t, TextFrame frame, List<Paragraph> ps) {
        Page page = new Page("p", "A01", "要闻", t.name(), List.of(frame));
        Story s = new Story("s", "", ps, List.of(new FrameRef("p", "t")));
        Edition e = new Edition("日报", LocalDate.of(2026, 12, 7), EditionSettings.defaults(), List.of(t),
                DefaultStyles.forBody(t.bodySize()), List.of(page), List.of(s));
        new EditionComposer(FontLibrary.shared()).compose(e);
    }
}
