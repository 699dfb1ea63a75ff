package paiban;

import java.util.Arrays;

import paiban.layout.EditionLayout;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;

/** An edition layout as text, every glyph's id and position included, to compare two layouts by value. */
public final class LayoutFingerprint {
    private LayoutFingerprint() {}

    public static String of(EditionLayout layout) {
        StringBuilder sb = new StringBuilder();
        for (PageLayout p : layout.pages()) {
            sb.append("page ").append(p.pageId()).append(' ').append(p.name()).append('\n');
            for (Mark m : p.marks()) {
                if (m instanceof LineBox l) {
                    sb.append("line ").append(l.x()).append(',').append(l.baseline()).append(' ').append(l.width())
                            .append(' ').append(l.storyId()).append(' ').append(l.paragraph()).append(':')
                            .append(l.start()).append('-').append(l.end()).append('\n');
                    for (GlyphRun r : l.runs()) {
                        sb.append("  ").append(r.face().name()).append(' ').append(r.size()).append(' ').append(r.color())
                                .append(' ').append(r.text()).append(' ').append(Arrays.toString(r.glyphs()))
                                .append(Arrays.toString(r.xs())).append(Arrays.toString(r.advances()))
                                .append(Arrays.toString(r.sources())).append('\n');
                    }
                } else {
                    sb.append(m).append('\n');
                }
            }
            sb.append(p.frames()).append('\n');
        }
        sb.append(layout.stories()).append('\n');
        return sb.toString();
    }
}
