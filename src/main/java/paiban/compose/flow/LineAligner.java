package paiban.compose.flow;

import java.util.ArrayList;
import java.util.List;

import paiban.compose.line.ComposedLine;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.model.style.Alignment;

/**
 * Places a composed line on the page. Centred, right-aligned and spread
 * lines are put where their alignment says from the glyphs' actual extent,
 * so the result is the same whether or not the line composer already
 * aligned them.
 */
final class LineAligner {
    private LineAligner() {}

    static LineBox place(ComposedLine line, Alignment alignment, int x, int baseline, String storyId,
                         int paragraph) {
        List<GlyphRun> runs = aligned(line.runs(), alignment, line.width());
        return new LineBox(x, baseline, line.width(), runs, storyId, paragraph, line.start(), line.end());
    }

    static List<GlyphRun> aligned(List<GlyphRun> runs, Alignment alignment, int width) {
        if (alignment != Alignment.CENTER && alignment != Alignment.RIGHT && alignment != Alignment.SPREAD) return runs;
        int start = Integer.MAX_VALUE, end = 0, glyphs = 0;
        for (GlyphRun r : runs) {
            if (r.length() == 0) continue;
            start = Math.min(start, r.xs()[0]);
            end = Math.max(end, r.end());
            glyphs += r.length();
        }
        if (glyphs == 0) return runs;
        int content = end - start;
        if (alignment == Alignment.SPREAD && glyphs > 1 && content < width) return spread(runs, start, width - content, glyphs);
        int shift = alignment == Alignment.RIGHT ? width - end
                : alignment == Alignment.CENTER ? (width - content) / 2 - start
                : (width - content) / 2 - start; // one glyph spread: centred
        if (shift == 0) return runs;
        List<GlyphRun> out = new ArrayList<>(runs.size());
        for (GlyphRun r : runs) {
            int[] xs = r.xs().clone();
            for (int i = 0; i < xs.length; i++) xs[i] += shift;
            out.add(new GlyphRun(r.face(), r.size(), r.color(), r.glyphs(), xs, r.advances(), r.text(), r.sources()));
        }
        return out;
    }

    /** 分散对齐: the room left is shared evenly between all neighbouring glyphs. */
    private static List<GlyphRun> spread(List<GlyphRun> runs, int start, int extra, int glyphs) {
        List<GlyphRun> out = new ArrayList<>(runs.size());
        int k = 0;
        for (GlyphRun r : runs) {
            int[] xs = r.xs().clone();
            for (int i = 0; i < xs.length; i++, k++) {
                xs[i] = xs[i] - start + (int) ((long) extra * k / (glyphs - 1));
            }
            out.add(new GlyphRun(r.face(), r.size(), r.color(), r.glyphs(), xs, r.advances(), r.text(), r.sources()));
        }
        return out;
    }
}
