package paiban.compose.flow;

import java.util.ArrayList;
import java.util.List;

import paiban.compose.line.ComposedLine;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.model.style.Alignment;
import paiban.model.style.ParagraphStyle;

/**
 * Places a composed line on the page. Centred, right-aligned and spread
 * lines are put where their alignment says from the glyphs' actual extent,
 * so the result is the same whether or not the line composer already
 * aligned them: between the style's side indents, a spread line over its
 * spread width (字) from the left indent when the style sets one.
 */
final class LineAligner {
    private LineAligner() {}

    static LineBox place(ComposedLine line, ParagraphStyle style, int x, int baseline, String storyId,
                         int paragraph) {
        List<GlyphRun> runs = aligned(line.runs(), style, line.width());
        return new LineBox(x, baseline, line.width(), runs, storyId, paragraph, line.start(), line.end());
    }

    static List<GlyphRun> aligned(List<GlyphRun> runs, ParagraphStyle style, int width) {
        Alignment alignment = style.alignment();
        if (alignment != Alignment.CENTER && alignment != Alignment.RIGHT && alignment != Alignment.SPREAD) return runs;
        int start = Integer.MAX_VALUE, end = 0, glyphs = 0;
        for (GlyphRun r : runs) {
            if (r.length() == 0) continue;
            start = Math.min(start, r.xs()[0]);
            end = Math.max(end, r.end());
            glyphs += r.length();
        }
        if (glyphs == 0) return runs;
        int from = Math.min(style.leftIndent(), Math.max(width, 0));
        int to = width - Math.min(style.rightIndent(), Math.max(width - from, 0));
        if (alignment == Alignment.SPREAD && style.spreadWidth() > 0) to = Math.min(to, from + style.spreadWidth());
        int room = to - from;
        int content = end - start;
        if (alignment == Alignment.SPREAD && glyphs > 1 && content < room) return spread(runs, start, from, room - content, glyphs);
        int shift = alignment == Alignment.RIGHT ? to - end
                : from + (room - content) / 2 - start; // centred, and one glyph spread
        if (shift == 0) return runs;
        List<GlyphRun> out = new ArrayList<>(runs.size());
        for (GlyphRun r : runs) {
            int[] xs = r.xs().clone();
            for (int i = 0; i < xs.length; i++) xs[i] += shift;
            out.add(r.withXs(xs));
        }
        return out;
    }

    /** 分散对齐: the room left is shared evenly between all neighbouring glyphs. */
    private static List<GlyphRun> spread(List<GlyphRun> runs, int start, int from, int extra, int glyphs) {
        List<GlyphRun> out = new ArrayList<>(runs.size());
        int k = 0;
        for (GlyphRun r : runs) {
            int[] xs = r.xs().clone();
            for (int i = 0; i < xs.length; i++, k++) {
                xs[i] = xs[i] - start + from + (int) ((long) extra * k / (glyphs - 1));
            }
            out.add(r.withXs(xs));
        }
        return out;
    }
}
