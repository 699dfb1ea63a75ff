package paiban.compose.line;

import java.util.List;

import paiban.compose.text.CharClass;
import paiban.layout.GlyphRun;

/**
 * Maps between text positions and x on a composed line, for the editor's
 * caret and clicks. A glyph's x is where its outline is drawn; a compressed
 * opening bracket is drawn left of the box it occupies (its blank half is
 * gone), so the box is recovered from the character's class and the face's
 * natural advance.
 */
public final class Carets {
    private Carets() {}

    /** Left edge of the box glyph {@code i} of {@code run} occupies. */
    public static int boxLeft(GlyphRun run, int i) {
        int x = run.xs()[i];
        int natural = run.face().advance(run.glyphs()[i], run.size());
        if (run.horizontalScale() != 100) natural = (int) ((long) natural * run.horizontalScale() / 100);
        int lost = natural - run.advances()[i];
        if (lost <= 0) return x;
        byte c = CharClass.of(run.text().codePointAt(run.text().offsetByCodePoints(0, i)));
        if (c == CharClass.OPEN) return x + lost;
        if (c == CharClass.MIDDLE) return x + lost / 2;
        return x;
    }

    /**
     * x of a caret before UTF-16 index {@code index} of the paragraph, which must lie in
     * [line.start(), line.end()]; at line.end() the caret follows the last glyph.
     */
    public static int caretX(ComposedLine line, int index) {
        if (index < line.start() || index > line.end())
            throw new IllegalArgumentException("index " + index + " is not on line [" + line.start() + ", " + line.end() + "]");
        int end = 0;
        boolean any = false;
        for (GlyphRun run : line.runs()) {
            for (int i = 0; i < run.length(); i++) {
                if (run.sources()[i] >= index) return boxLeft(run, i);
                end = boxLeft(run, i) + run.advances()[i];
                any = true;
            }
        }
        return any ? end : 0;
    }

    /** UTF-16 index of the caret position nearest to {@code x} on the line. */
    public static int indexAt(ComposedLine line, int x) {
        List<GlyphRun> runs = line.runs();
        for (GlyphRun run : runs) {
            for (int i = 0; i < run.length(); i++) {
                int left = boxLeft(run, i);
                int right = left + run.advances()[i];
                if (x < (left + right) / 2) return run.sources()[i];
            }
        }
        return line.end();
    }
}
