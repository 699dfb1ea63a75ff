package paiban.compose.flow;

import java.util.ArrayList;
import java.util.List;

import paiban.compose.line.ComposedLine;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.HeadlineFrame;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;

/**
 * The 引题 / 主题 / 副题 stack of a headline frame: display paragraphs set
 * across the frame's width, each line on whole grid lines, the stack centred
 * vertically in the whole grid lines the frame occupies.
 */
record HeadlineStack(List<FlowItem> items, int paragraphs, int gridLines, int frameLines) {
    /** A style of a display role (引题, 主题, 副题, 转版标题) or one whose lines take more than one grid line. */
    static boolean display(ParagraphStyle style) {
        return style.linesPerLine() > 1 || style.role().display();
    }

    /** First grid line whose body lies inside {@code r}, and how many follow inside it. */
    static int[] gridLines(Rect r, PageTemplate t) {
        int first = -Math.floorDiv(-(r.y() - t.marginTop()), t.pitch());
        int count = 0;
        while (t.lineTop(first + count) + t.bodySize() <= r.bottom()) count++;
        return new int[] {first, count};
    }

    static HeadlineStack set(LineCache cache, Story story, int from, StyleSheet sheet, HeadlineFrame frame,
                             PageTemplate t, int chainIndex, int slot) {
        int[] grid = gridLines(frame.textArea(), t);
        int width = frame.textArea().width();
        List<List<ComposedLine>> taken = new ArrayList<>();
        List<ParagraphStyle> styles = new ArrayList<>();
        int total = 0;
        for (int p = from; p < story.paragraphs().size(); p++) {
            Paragraph para = story.paragraphs().get(p);
            ParagraphStyle style = sheet.paragraph(para.style());
            if (!display(style)) break;
            List<ComposedLine> lines = cache.displayLines(para, style, sheet, width);
            int need = lines.size() * style.linesPerLine() + (taken.isEmpty() ? 0 : style.spaceBeforeLines());
            if (total + need > grid[1]) break;
            total += need;
            taken.add(lines);
            styles.add(style);
        }
        List<FlowItem> items = new ArrayList<>();
        int line = grid[0] + (grid[1] - total) / 2;
        for (int i = 0; i < taken.size(); i++) {
            ParagraphStyle style = styles.get(i);
            if (i > 0) line += style.spaceBeforeLines();
            String text = story.paragraphs().get(from + i).text();
            for (ComposedLine cl : taken.get(i)) {
                int baseline = Baseline.of(t, line, style.linesPerLine(), style.size());
                var box = LineAligner.place(cl, style, frame.textArea().x(), baseline, story.id(), from + i);
                int chars = text.codePointCount(Math.min(cl.start(), text.length()), Math.min(cl.end(), text.length()));
                items.add(new FlowItem.Text(chainIndex, slot, style.linesPerLine(), line, box, chars));
                line += style.linesPerLine();
            }
        }
        return new HeadlineStack(items, taken.size(), total, grid[1]);
    }
}
