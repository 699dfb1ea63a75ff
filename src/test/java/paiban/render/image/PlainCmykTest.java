package paiban.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import paiban.model.style.Cmyk;
import paiban.render.fx.ScreenColors;

/** The one plain CMYK → screen conversion, as text colours and photos without a profile both show it. */
class PlainCmykTest {
    @Test
    void processColoursAsTheLightTheInksLeave() {
        assertArrayEquals(new double[] {1, 0, 0}, PlainCmyk.rgb(Cmyk.RED), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0}, PlainCmyk.rgb(Cmyk.BLACK), 1e-12);
        assertArrayEquals(new double[] {0.6, 0.6, 0.6}, PlainCmyk.rgb(Cmyk.GREY_40), 1e-12);
        assertArrayEquals(new double[] {0.25, 0.5, 0.45}, PlainCmyk.rgb(new Cmyk(50, 0, 10, 50)), 1e-12);
    }

    @Test
    void samplesRoundDownToWholeChannels() {
        assertEquals(0xFFFFFFFF, PlainCmyk.argb(0, 0, 0, 0));
        assertEquals(0xFF000000, PlainCmyk.argb(0, 0, 0, 255));
        assertEquals(0xFFFF0000, PlainCmyk.argb(0, 255, 255, 0));
        // (255 − 100)·(255 − 51)/255 = 124
        assertEquals(0xFF7CCCCC, PlainCmyk.argb(100, 0, 0, 51));
    }

    @Test
    void screenColoursAndPhotosWithoutAProfileAgree() {
        Cmyk c = new Cmyk(20, 60, 0, 10);
        javafx.scene.paint.Color fx = ScreenColors.of(c);
        double[] rgb = PlainCmyk.rgb(c);
        assertEquals(rgb[0], fx.getRed(), 1e-6);
        assertEquals(rgb[1], fx.getGreen(), 1e-6);
        assertEquals(rgb[2], fx.getBlue(), 1e-6);
        byte[] samples = {(byte) 51, (byte) 153, 0, (byte) 26};
        int argb = new CmykImage(1, 1, samples).toArgb()[0];
        assertEquals(PlainCmyk.argb(51, 153, 0, 26), argb);
        assertEquals(Math.floor(rgb[0] * 255), (argb >> 16) & 0xFF, 1.0);
    }
}
