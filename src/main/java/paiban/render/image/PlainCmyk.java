package paiban.render.image;

import paiban.model.style.Cmyk;

/**
 * The plain CMYK → screen conversion, for display only (print never sees RGB): each channel is the light the ink
 * and the black leave, {@code (1 − ink)·(1 − k)}. Enough to tell red from black; text, rules and tints are shown
 * through it, photos through {@link PrintColour}'s soft proof when the newsprint profile is there and through this
 * otherwise. The one place the formula is written.
 */
public final class PlainCmyk {
    private PlainCmyk() {}

    /** Red, green and blue of a process colour, each 0–1. */
    public static double[] rgb(Cmyk colour) {
        double k = 1 - colour.k() / 100.0;
        return new double[] {(1 - colour.c() / 100.0) * k, (1 - colour.m() / 100.0) * k, (1 - colour.y() / 100.0) * k};
    }

    /** Opaque packed ARGB of inks given as 0–255 samples (255 = full ink), the channels rounded down. */
    public static int argb(int c, int m, int y, int k) {
        int light = 255 - k;
        int r = (255 - c) * light / 255;
        int g = (255 - m) * light / 255;
        int b = (255 - y) * light / 255;
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }
}
