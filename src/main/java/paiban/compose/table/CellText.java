package paiban.compose.table;

import java.util.ArrayList;
import java.util.List;

import paiban.compose.line.ComposedLine;
import paiban.compose.line.LineCursor;
import paiban.compose.line.ParagraphSetter;
import paiban.layout.GlyphRun;
import paiban.model.frame.CellAlign;
import paiban.model.story.Paragraph;
import paiban.model.style.Alignment;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;

/**
 * A cell's text set by the clreq line composer at the cell's inner width:
 * no first-line indent, wrapped lines justified, then placed by the cell's
 * alignment.
 */
final class CellText {
    final ParagraphStyle style;
    final List<ComposedLine> lines;
    final int width;

    private CellText(ParagraphStyle style, List<ComposedLine> lines, int width) {
        this.style = style;
        this.lines = lines;
        this.width = width;
    }

    static CellText set(ParagraphSetter setter, String text, ParagraphStyle named, StyleSheet sheet, int width) {
        ParagraphStyle style = new ParagraphStyle(named.name(), named.family(), named.bold(), named.size(),
                named.linesPerLine(), 0, Alignment.JUSTIFY, 0, 0, named.prohibition(), named.color()).withType(named.type());
        List<ComposedLine> lines = new ArrayList<>();
        if (!text.isEmpty() && width > 0) {
            LineCursor cursor = setter.start(new Paragraph(named.name(), text), style, sheet);
            while (cursor.hasNext()) lines.add(cursor.next(width));
        }
        return new CellText(style, lines, Math.max(width, 0));
    }

    /** Space between baselines of the cell's lines. */
    int lead(int pitch) {
        return Math.max(style.size(), style.linesPerLine() * pitch);
    }

    /** Height of the text block from the first line's em top to the last line's em bottom. */
    int blockHeight(int pitch) {
        return lines.isEmpty() ? 0 : (lines.size() - 1) * lead(pitch) + style.size();
    }

    /** x of the decimal point of a one-line number (its end when it has none), or -1 when not a one-line number. */
    int point() {
        if (lines.size() != 1) return -1;
        ComposedLine line = lines.get(0);
        String t = line.text();
        int idx = t.indexOf('.');
        if (idx < 0) idx = t.indexOf('．');
        if (idx < 0) return line.contentEnd();
        int k = t.codePointCount(0, idx);
        for (GlyphRun r : line.runs()) {
            if (k < r.length()) return r.xs()[k];
            k -= r.length();
        }
        return line.contentEnd();
    }

    /** How far to move line {@code i} right for {@code align}; {@code decimalShift} for decimal cells. */
    int shift(int i, CellAlign align, int decimalShift) {
        ComposedLine line = lines.get(i);
        int start = Integer.MAX_VALUE;
        for (GlyphRun r : line.runs()) if (r.length() > 0) start = Math.min(start, r.xs()[0]);
        if (start == Integer.MAX_VALUE) return 0;
        int end = line.contentEnd();
        return switch (align) {
            case LEFT -> -start;
            case CENTER -> (width - (end - start)) / 2 - start;
            case RIGHT -> width - end;
            case DECIMAL -> decimalShift;
        };
    }
}
