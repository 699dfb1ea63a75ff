package paiban.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** GSUB vert forms and vmtx advances of the shipped faces, read by {@link VerticalForms} and {@link TrueTypeFace}. */
class VerticalFormsTest {
    private static final String TURNED = "。，、「」《》（）：；！？";

    @Test void everyShippedFaceTurnsPunctuationAndBracketsForVerticalText() {
        for (String name : FallbackTableTest.SHIPPED) {
            FontFace face = FontLibrary.shared().face(name);
            for (int cp : TURNED.codePoints().toArray()) {
                int g = face.glyphId(cp);
                assertNotEquals(0, g, name + " has " + Character.toString(cp));
                assertNotEquals(g, face.verticalForm(g), name + ": " + Character.toString(cp) + " has a vertical form");
                assertEquals(face.unitsPerEm(), face.verticalAdvanceUnits(face.verticalForm(g)),
                        name + ": " + Character.toString(cp) + " takes one em down the column");
            }
            int han = face.glyphId('中');
            assertEquals(han, face.verticalForm(han), name + ": an ideograph stays as it is");
            assertEquals(face.unitsPerEm(), face.verticalAdvanceUnits(han), name);
        }
    }
}
