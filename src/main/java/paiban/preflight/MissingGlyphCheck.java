package paiban.preflight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import paiban.font.InvisibleCharacters;
import paiban.layout.FrameInfo;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;

/**
 * Characters that no shipped face has, even through the fallback chains: the
 * composer leaves them at glyph 0, which would print as nothing (or an empty
 * box). An error per story, page and character, with its code point.
 */
final class MissingGlyphCheck implements Check {
    private record Key(String pageId, String frameId, String storyId, int codePoint) {}

    @Override public void run(PreflightContext ctx, List<Finding> out) {
        Map<Key, Integer> counts = new LinkedHashMap<>();
        for (PageLayout page : ctx.layout.pages()) {
            for (LineBox line : page.lines()) {
                for (GlyphRun run : line.runs()) {
                    int[] glyphs = run.glyphs();
                    String text = run.text();
                    for (int i = 0, off = 0; i < glyphs.length; i++) {
                        int cp = text.codePointAt(off);
                        off += Character.charCount(cp);
                        if (glyphs[i] != 0 || InvisibleCharacters.isInvisible(cp) || Character.isWhitespace(cp)) continue;
                        counts.merge(new Key(page.pageId(), frameOf(page, line), line.storyId(), cp), 1, Integer::sum);
                    }
                }
            }
        }
        counts.forEach((k, n) -> out.add(ctx.finding(Severity.ERROR, "missing-glyph", "missing-glyph", k.pageId(),
                k.frameId(), k.storyId(), new String(Character.toChars(k.codePoint())), codePoint(k.codePoint()), n)));
    }

    /** U+1F600. */
    static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    /** The frame of the line's story that holds its start, "" when none does (a jump line, a header). */
    private static String frameOf(PageLayout page, LineBox line) {
        if (line.storyId().isEmpty()) return "";
        for (FrameInfo f : page.frames()) {
            if (!f.storyId().equals(line.storyId())) continue;
            var b = f.bounds();
            if (line.x() >= b.x() && line.x() <= b.x() + b.width() && line.baseline() >= b.y()
                    && line.baseline() <= b.y() + b.height()) return f.frameId();
        }
        return "";
    }
}
