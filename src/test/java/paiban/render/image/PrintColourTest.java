package paiban.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The newsprint profile and the conversions through it. */
class PrintColourTest {
    static BufferedImage solid(int rgb) {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) for (int x = 0; x < 4; x++) img.setRGB(x, y, rgb);
        return img;
    }

    static int total(byte[] cmyk, int i) {
        return (cmyk[i] & 0xFF) + (cmyk[i + 1] & 0xFF) + (cmyk[i + 2] & 0xFF) + (cmyk[i + 3] & 0xFF);
    }

    @Test void theShippedProfileIsTheNewsprintCmykProfile() {
        PrintColour c = PrintColour.shared();
        assertEquals(ColorSpace.TYPE_CMYK, c.space().getType());
        assertEquals("Paiban newsprint (CGATS TR 002), 240% total ink", c.description());
        assertTrue(c.profileData().length < 200_000, "small: " + c.profileData().length);
    }

    @Test void whiteIsPaperAndBlackIsRichBlackWithinTheLimit() {
        byte[] white = PrintColour.shared().toCmyk(solid(0xFFFFFF), 240);
        assertEquals(0, total(white, 0), "no ink on white");
        byte[] black = PrintColour.shared().toCmyk(solid(0x000000), 240);
        int k = black[3] & 0xFF;
        assertTrue(k > 200, "black carries K: " + k);
        int sum = total(black, 0);
        assertTrue(sum > 200 * 255 / 100 && sum <= 240 * 255 / 100, "rich black near 240%: " + sum * 100 / 255);
    }

    @Test void saturatedDarkColoursStayUnderEveryLimit() {
        int[] colours = {0x000050, 0x200040, 0x003000, 0x400000, 0x101010, 0x0000FF, 0x300030};
        for (int limit : new int[] {200, 220, 240, 260}) {
            for (int rgb : colours) {
                byte[] inks = PrintColour.shared().toCmyk(solid(rgb), limit);
                for (int i = 0; i < inks.length; i += 4) {
                    assertTrue(total(inks, i) <= limit * 255 / 100,
                            Integer.toHexString(rgb) + " at " + limit + "%: " + total(inks, i) * 100 / 255 + "%");
                }
            }
        }
    }

    @Test void aRedStaysRedInMagentaAndYellow() {
        byte[] red = PrintColour.shared().toCmyk(solid(0xD02020), 240);
        assertTrue((red[1] & 0xFF) > 180 && (red[2] & 0xFF) > 150 && (red[0] & 0xFF) < 60,
                "M and Y carry red: " + (red[0] & 0xFF) + " " + (red[1] & 0xFF) + " " + (red[2] & 0xFF) + " " + (red[3] & 0xFF));
    }

    @Test void limitInkReplacesGreyByBlackThenScalesAndLeavesLightPixelsAlone() {
        byte[] px = {(byte) 255, (byte) 255, (byte) 255, (byte) 255, // 400%
                (byte) 255, (byte) 255, 0, (byte) 200,              // no grey in C+M+Y beyond Y=0: scaled
                50, 60, 70, 80};                                      // light: untouched
        int max = PrintColour.limitInk(px, 240);
        assertTrue(max <= 240, "max " + max);
        for (int i = 0; i < px.length; i += 4) assertTrue(total(px, i) <= 612, "pixel " + i / 4 + ": " + total(px, i));
        assertEquals(255, px[3] & 0xFF, "grey went to K");
        assertEquals(200, px[7] & 0xFF, "K kept where there is no grey to replace");
        assertArrayEquals(new byte[] {50, 60, 70, 80}, java.util.Arrays.copyOfRange(px, 8, 12));
        Random r = new Random(11);
        byte[] noise = new byte[4 * 10_000];
        r.nextBytes(noise);
        for (int limit = 100; limit <= 400; limit += 20) {
            byte[] copy = noise.clone();
            PrintColour.limitInk(copy, limit);
            for (int i = 0; i < copy.length; i += 4) assertTrue(total(copy, i) <= limit * 255 / 100, "at " + limit);
        }
    }

    @Test void theSoftProofOfPrintedInksIsDarkerThanTheScreenColour() {
        byte[] inks = PrintColour.shared().toCmyk(solid(0x2040C0), 240);
        int[] proof = PrintColour.shared().toArgb(inks, 4, 4);
        int b = proof[0] & 0xFF, g = proof[0] >> 8 & 0xFF;
        assertTrue(b > g, "still blue: " + Integer.toHexString(proof[0]));
    }
}
