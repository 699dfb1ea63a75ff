package paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

import paiban.font.FontFace;
import paiban.font.FontLibrary;

/** Writing a page's text needs the face's metrics only; FontBox's parse is awaited when the subset is made. */
class EmbeddedFontTest {
    /** The real face, except that asking for the parsed font fails the test. */
    record NoParse(FontFace real) implements FontFace {
        @Override public String name() { return real.name(); }
        @Override public Path file() { return real.file(); }
        @Override public int unitsPerEm() { return real.unitsPerEm(); }
        @Override public int glyphId(int codePoint) { return real.glyphId(codePoint); }
        @Override public int advanceUnits(int glyphId) { return real.advanceUnits(glyphId); }
        @Override public int glyphCount() { return real.glyphCount(); }
        @Override public int ascent() { return real.ascent(); }
        @Override public int descent() { return real.descent(); }
        @Override public TrueTypeFont trueType() { throw new AssertionError("the parsed font was awaited before the subset"); }
    }

    @Test void codesAndWidthsComeWithoutTheParsedFont() {
        FontFace serif = FontLibrary.shared().face(FontLibrary.SERIF);
        EmbeddedFont font = new EmbeddedFont(new NoParse(serif), "F1");
        int yi = serif.glyphId('一'), last = serif.glyphCount() - 1;
        int c1 = font.code(yi, '一'), c2 = font.code(last, 0xE000), again = font.code(yi, '一');
        assertEquals(c1, again, "a glyph keeps its code");
        assertNotEquals(c1, c2);
        assertEquals(Math.round(serif.advanceUnits(yi) * 1000.0 / serif.unitsPerEm()), font.width(c1));
        // the last glyph id is inside the fast table sized by glyphCount()
        assertEquals(c2, font.code(last, 0xE000));
    }
}
