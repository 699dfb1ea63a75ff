package paiban.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.compose.line.LineCursor;
import paiban.compose.line.ParagraphSetter;
import paiban.font.FontLibrary;
import paiban.model.Edition;
import paiban.model.PageTemplate;
import paiban.model.frame.Frame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.ParagraphStyle;

/**
 * The sample's texts roughly fill their frames, set with the real line
 * breaker: no story but the lead runs over, none leaves much more than a
 * quarter empty, and the lead really overflows page 1 into its page-3 frame.
 * A plain column-by-column flow, without the composer's jump lines and
 * continuation headline, which {@link #RESERVED} lines stand in for.
 */
class SampleEditionFitTest {
    private static final Edition E = SampleEditionBuilder.build();
    private static final ParagraphSetter SETTER = new ParagraphSetter(FontLibrary.shared());
    /** 下转 on page 1; 转版标题 (2 lines) and 上接 on page 3. */
    private static final int RESERVED = 4;

    /** A column of a frame in the chain: its width and grid lines. */
    private record Slot(String pageId, int width, int lines) {}

    private static List<Slot> slots(Story s) {
        List<Slot> slots = new ArrayList<>();
        for (FrameRef r : s.chain()) {
            Frame f = E.frame(r).orElseThrow();
            PageTemplate t = E.templateOf(E.page(r.pageId()).orElseThrow());
            int inset = f instanceof TextFrame tf ? tf.inset() : 0;
            int columns = f instanceof TextFrame tf ? tf.columns() : 1;
            int width = f instanceof TextFrame tf ? tf.columnWidth() : f.bounds().width();
            int lines = (f.bounds().height() - 2 * inset - t.bodySize()) / t.pitch() + 1;
            for (int c = 0; c < columns; c++) slots.add(new Slot(r.pageId(), width, lines));
        }
        return slots;
    }

    /** Grid lines the story needs when its columns are laid end to end (ignoring column breaks). */
    private static int linesNeeded(Story s, int width) {
        int lines = 0;
        for (Paragraph p : s.paragraphs()) {
            ParagraphStyle style = E.styles().paragraph(p.style());
            lines += style.spaceBeforeLines() + style.spaceAfterLines();
            LineCursor c = SETTER.start(p, style, E.styles());
            while (c.hasNext()) {
                c.next(width);
                lines += style.linesPerLine();
            }
        }
        return lines;
    }

    @Test
    void storiesRoughlyFillTheirFrames() {
        StringBuilder report = new StringBuilder();
        boolean ok = true;
        for (Story s : E.stories()) {
            if (s.id().equals("lead") || s.chain().isEmpty()) continue;
            List<Slot> slots = slots(s);
            int capacity = slots.stream().mapToInt(Slot::lines).sum();
            int needed = linesNeeded(s, slots.get(0).width());
            boolean headline = s.id().endsWith("-head") || s.id().equals("masthead") || s.id().equals("dateline")
                    || s.id().equals("lead-caption");
            boolean fits = needed <= capacity - (slots.size() > 1 ? slots.size() - 1 : 0);
            boolean full = headline || needed * 4 >= capacity * 3;
            report.append(String.format("%-16s %3d of %3d lines%s%n", s.id(), needed, capacity,
                    fits ? (full ? "" : "  (too empty)") : "  (OVERSET)"));
            ok &= fits && full;
        }
        assertTrue(ok, report.toString());
    }

    @Test
    void leadOverflowsPageOneAndFitsOnPageThree() {
        Story lead = E.story("lead").orElseThrow();
        List<Slot> slots = slots(lead);
        int onPageOne = slots.stream().filter(x -> x.pageId().equals("p1")).mapToInt(Slot::lines).sum();
        int total = slots.stream().mapToInt(Slot::lines).sum();
        int needed = linesNeeded(lead, slots.get(0).width());
        String report = "lead needs " + needed + " lines; page 1 holds " + onPageOne + ", all frames " + total;
        assertTrue(needed > onPageOne + 20, report);
        assertTrue(needed + RESERVED + slots.size() <= total, report);
        assertTrue(needed + RESERVED >= total * 3 / 4, "page-3 frame roughly full: " + report);
    }
}
