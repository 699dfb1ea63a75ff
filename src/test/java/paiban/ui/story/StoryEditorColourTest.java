package paiban.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import paiban.model.style.Cmyk;

/** The story editor shows a run's colour through the one plain conversion (render.image.PlainCmyk). */
class StoryEditorColourTest {
    @Test
    void runColoursAsCss() {
        assertEquals("rgb(255,0,0)", paiban.ui.format.ColourSwatches.rgb(Cmyk.RED));
        assertEquals("rgb(153,153,153)", paiban.ui.format.ColourSwatches.rgb(Cmyk.GREY_40));
        assertEquals("rgb(64,128,115)", paiban.ui.format.ColourSwatches.rgb(new Cmyk(50, 0, 10, 50)));
    }
}
