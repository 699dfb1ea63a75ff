package paiban.compose.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.font.FontFace;
import paiban.font.FontLibrary;

/** The composer's integer advance equals the face's own for every glyph of the shipped faces at the sizes in use. */
class ScaledAdvanceTest {
    @ParameterizedTest
    @CsvSource({"NotoSerifSC-Regular", "NotoSansSC-Bold"})
    void integerScalingEqualsTheFacesRounding(String name) throws Exception {
        FontFace face = FontLibrary.shared().face(name);
        int glyphs = face.trueType().getNumberOfGlyphs();
        for (int size : new int[] {5_500, 7_500, 9_000, 10_500, 13_333, 18_000, 24_000, 42_000, 72_000}) {
            for (int g = 0; g < glyphs; g++) {
                assertEquals(face.advance(g, size), ParagraphText.scaled(face.advanceUnits(g), size, face.unitsPerEm()),
                        name + " glyph " + g + " at " + size);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"500, 9000, 1000", "1, 500, 1000", "3, 500, 1000", "1024, 9000, 2048", "1, 1, 2"})
    void halvesRoundUpAsMathRoundDoes(int units, int size, int upem) {
        assertEquals(Math.round((double) units * size / upem), ParagraphText.scaled(units, size, upem));
    }
}
