package paiban.compose.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.font.FontFace;
import paiban.layout.GlyphRun;
import paiban.model.style.Alignment;
import paiban.model.style.FontFamily;
import paiban.model.style.ProhibitionLevel;

/**
 * Issue 13, point 7: a soft hyphen (U+00AD) left in copy from a hyphenated
 * Western source is never printed. The font has a visible "-" for it; Chinese
 * lines do not hyphenate, so it is set as nothing, mid-line or at the end.
 */
class SoftHyphenTest {
    private static List<ComposedLine> left(String text) {
        return Compose.lines(text, 13, Compose.style(0, Alignment.LEFT, ProhibitionLevel.STRICT));
    }

    private static int inkedEnd(ComposedLine line) {
        List<GlyphRun> runs = line.runs();
        return runs.get(runs.size() - 1).end();
    }

    @Test
    void aSoftHyphenPrintsNothingAndTakesNoRoom() {
        String text = "新闻\u00AD排版，滨江日报\u00AD";
        List<ComposedLine> lines = left(text);
        assertEquals(1, lines.size());
        FontFace song = Compose.FONTS.face(FontFamily.SONG, false);
        int visibleHyphen = song.glyphId(0x00AD);
        assertNotEquals(0, visibleHyphen, "the font draws U+00AD; the composer must not use that glyph");
        int seen = 0;
        for (GlyphRun run : lines.get(0).runs()) {
            int[] cps = run.text().codePoints().toArray();
            for (int i = 0; i < run.length(); i++) {
                if (cps[i] != 0x00AD) continue;
                seen++;
                assertNotEquals(visibleHyphen, run.glyphs()[i]);
                assertNotEquals(song.glyphId('-'), run.glyphs()[i]);
                assertEquals(0, run.advances()[i]);
            }
        }
        assertEquals(2, seen, "the text keeps the character (nothing lost on save or copy), only its ink goes");
        assertEquals(text.length(), lines.get(0).end());
    }

    @Test
    void theLineIsAsWideAsWithoutIt() {
        assertEquals(inkedEnd(left("新闻排版").get(0)), inkedEnd(left("新闻\u00AD排版").get(0)));
    }
}
