package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import paiban.layout.BoxMark;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.GlyphRun;
import paiban.layout.ImageMark;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.RuleMark;
import paiban.model.story.Story;

/** Reading a layout back in tests: a story's text from its lines, a full dump for exact comparison. */
final class LayoutText {
    private LayoutText() {}

    static List<LineBox> storyLines(EditionLayout layout, String storyId) {
        List<LineBox> out = new ArrayList<>();
        for (PageLayout p : layout.pages())
            for (LineBox l : p.lines()) if (l.storyId().equals(storyId) && !l.generated()) out.add(l);
        return out;
    }

    /**
     * Asserts every character of the story is on exactly one line (or overset
     * after the last) and returns the text set, paragraphs joined by newlines.
     */
    static String setText(EditionLayout layout, Story story) {
        List<LineBox> lines = new ArrayList<>(storyLines(layout, story.id()));
        lines.sort(Comparator.comparingInt(LineBox::paragraph).thenComparingInt(LineBox::start));
        StringBuilder sb = new StringBuilder();
        int para = 0, end = 0;
        for (LineBox l : lines) {
            while (para < l.paragraph()) {
                assertEquals(story.paragraphs().get(para).text().length(), end, "paragraph " + para + " set completely");
                sb.append('\n');
                para++;
                end = 0;
            }
            assertEquals(end, l.start(), "line of paragraph " + para + " starts where the last ended");
            end = l.end();
            sb.append(l.text());
        }
        return sb.toString();
    }

    static String dump(EditionLayout layout) {
        StringBuilder sb = new StringBuilder();
        for (PageLayout p : layout.pages()) {
            sb.append("page ").append(p.pageId()).append(' ').append(p.number()).append(' ').append(p.name()).append('\n');
            for (Mark m : p.marks()) {
                if (m instanceof LineBox l) {
                    sb.append(" line ").append(l.x()).append(',').append(l.baseline()).append(' ').append(l.width())
                            .append(' ').append(l.storyId()).append(' ').append(l.paragraph()).append(' ')
                            .append(l.start()).append('-').append(l.end()).append(' ').append(l.text());
                    for (GlyphRun r : l.runs()) sb.append(' ').append(r.face().name()).append(r.size())
                            .append(Arrays.toString(r.glyphs())).append(Arrays.toString(r.xs()))
                            .append(Arrays.toString(r.sources()));
                    sb.append('\n');
                } else if (m instanceof RuleMark || m instanceof BoxMark || m instanceof ImageMark) {
                    sb.append(' ').append(m).append('\n');
                }
            }
            for (FrameInfo f : p.frames()) sb.append(" frame ").append(f).append('\n');
        }
        layout.stories().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> sb.append(e.getValue()).append('\n'));
        sb.append(layout.warnings()).append('\n');
        return sb.toString();
    }
}
