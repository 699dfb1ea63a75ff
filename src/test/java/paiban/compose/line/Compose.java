package paiban.compose.line;

import java.util.ArrayList;
import java.util.List;

import paiban.font.FontLibrary;
import paiban.layout.GlyphRun;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.style.Alignment;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;
import paiban.model.style.FontFamily;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.ProhibitionLevel;
import paiban.model.style.StyleSheet;

/** Test helper: sets a string at a measure in 字 of a 10 pt body, with the shared fonts. */
final class Compose {
    static final int SIZE = 10_000;
    static final FontLibrary FONTS = FontLibrary.shared();
    static final StyleSheet SHEET = DefaultStyles.forBody(SIZE);
    static final ParagraphSetter SETTER = new ParagraphSetter(FONTS);

    private Compose() {}

    static ParagraphStyle style(double indent, Alignment alignment, ProhibitionLevel level) {
        return new ParagraphStyle("正文", FontFamily.SONG, false, SIZE, 1, indent, alignment, 0, 0, level, Cmyk.BLACK);
    }

    static List<ComposedLine> lines(String text, double measureChars) {
        return lines(text, measureChars, style(0, Alignment.JUSTIFY, ProhibitionLevel.STRICT));
    }

    static List<ComposedLine> lines(String text, double measureChars, ProhibitionLevel level) {
        return lines(text, measureChars, style(0, Alignment.JUSTIFY, level));
    }

    static List<ComposedLine> lines(String text, double measureChars, ParagraphStyle style) {
        return lines(new Paragraph("正文", text), (int) Math.round(measureChars * SIZE), style);
    }

    static List<ComposedLine> lines(Paragraph p, int width, ParagraphStyle style) {
        LineCursor c = SETTER.start(p, style, SHEET);
        List<ComposedLine> out = new ArrayList<>();
        int guard = 0;
        while (c.hasNext()) {
            int before = c.position();
            out.add(c.next(width));
            if (c.position() <= before) throw new AssertionError("cursor made no progress at " + before);
            if (++guard > p.text().length() + 1) throw new AssertionError("more lines than characters");
        }
        return out;
    }

    static Paragraph withRun(String text, int start, int end, String charStyle) {
        return new Paragraph("正文", text, List.of(new CharRun(start, end, charStyle)));
    }

    static List<String> texts(List<ComposedLine> lines) {
        return lines.stream().map(ComposedLine::text).toList();
    }

    /** The glyph (run, index) setting UTF-16 index {@code source}. */
    static int[] glyphAt(ComposedLine line, int source) {
        for (int r = 0; r < line.runs().size(); r++) {
            GlyphRun run = line.runs().get(r);
            for (int i = 0; i < run.length(); i++) if (run.sources()[i] == source) return new int[] {r, i};
        }
        throw new AssertionError("no glyph for index " + source);
    }

    static int xOf(ComposedLine line, int source) {
        int[] g = glyphAt(line, source);
        return line.runs().get(g[0]).xs()[g[1]];
    }

    static int advanceOf(ComposedLine line, int source) {
        int[] g = glyphAt(line, source);
        return line.runs().get(g[0]).advances()[g[1]];
    }

    static String dump(List<ComposedLine> lines) {
        StringBuilder sb = new StringBuilder();
        for (ComposedLine l : lines) sb.append('[').append(l.text()).append("] end=").append(l.contentEnd())
                .append(" of ").append(l.width()).append('\n');
        return sb.toString();
    }
}
