package paiban.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.model.style.FontFamily;

/** The families a designer names map to shipped files through the one table, with stand-ins. */
class FamilyTableTest {
    static final FontLibrary FONTS = FontLibrary.shared();

    @Test void everyFamilyButFangsongIsSetInItsOwnShippedFace() {
        for (FontFamily f : FontFamily.values()) {
            for (boolean bold : new boolean[] {false, true}) {
                String face = FONTS.faceName(f, bold);
                assertTrue(Files.isReadable(FONTS.directory().resolve(face + ".ttf")), f + " " + bold + ": " + face);
                assertEquals(f == FontFamily.FANGSONG, FONTS.substitution(f, bold).isPresent(), f + " " + bold);
            }
        }
    }

    @Test void theHeadlineFamiliesAreTheHeavyWeights() {
        assertEquals(FontLibrary.SERIF, FONTS.faceName(FontFamily.SONG, false));
        assertEquals(FontLibrary.SERIF_SEMIBOLD, FONTS.faceName(FontFamily.BIAOSONG, false));
        assertEquals(FontLibrary.SERIF_BOLD, FONTS.faceName(FontFamily.XIAOBIAOSONG, false));
        assertEquals(FontLibrary.SERIF_BLACK, FONTS.faceName(FontFamily.DABIAOSONG, false));
        assertEquals(FontLibrary.SERIF_BLACK, FONTS.faceName(FontFamily.BIAOSONG, true));
        assertEquals(FontLibrary.SANS_BLACK, FONTS.faceName(FontFamily.DAHEI, false));
        assertEquals(FontLibrary.SANS_BOLD, FONTS.faceName(FontFamily.HEI, true));
        assertEquals(FontLibrary.SERIF, FONTS.faceName(FontFamily.FANGSONG, false), "仿宋 stands in 宋体");
        assertTrue(FONTS.face(FontLibrary.SERIF_BLACK).glyphId('国') != 0);
        assertTrue(FONTS.face(FontLibrary.SANS_BLACK).glyphId('国') != 0);
    }

    @Test void aMissingHeadlineFaceIsSetInItsStandInWithAReason(@TempDir Path dir) throws Exception {
        Files.copy(FONTS.directory().resolve(FontLibrary.SERIF_BOLD + ".ttf"), dir.resolve(FontLibrary.SERIF_BOLD + ".ttf"));
        FontLibrary lib = new FontLibrary(dir);
        assertEquals(FontLibrary.SERIF_BOLD, lib.faceName(FontFamily.BIAOSONG, false));
        assertEquals(FontLibrary.SERIF_BOLD, lib.face(FontFamily.DABIAOSONG, false).name());
        assertTrue(lib.substitution(FontFamily.BIAOSONG, false).orElseThrow().contains(FontLibrary.SERIF_SEMIBOLD));
        assertTrue(lib.substitution(FontFamily.XIAOBIAOSONG, false).isEmpty(), "小标宋's own face is here");
        assertEquals(FontLibrary.SANS_BOLD, lib.faceName(FontFamily.DAHEI, false), "none there: the last stand-in is named");
    }

    @Test void aFangsongFileDroppedInIsUsed(@TempDir Path dir) throws Exception {
        Files.copy(FONTS.directory().resolve(FontLibrary.KAI + ".ttf"), dir.resolve("FangSong-Regular.ttf"));
        FontLibrary lib = new FontLibrary(dir);
        assertEquals("FangSong-Regular", lib.faceName(FontFamily.FANGSONG, false));
        assertTrue(lib.substitution(FontFamily.FANGSONG).isEmpty());
    }

    @Test void theTableIsCheckedWhenRead() {
        assertThrows(IllegalArgumentException.class, () -> FamilyTable.parse(new StringReader("宋体.italic = A")));
        assertThrows(IllegalArgumentException.class, () -> FamilyTable.parse(new StringReader("新宋.regular = A")));
        assertThrows(IllegalArgumentException.class, () -> FamilyTable.parse(new StringReader("宋体.regular = A")),
                "every family needs both weights");
    }
}
