package paiban.render.image;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Decoded CMYK pixels, interleaved C, M, Y, K bytes with 0 = no ink and
 * 255 = full ink, whatever convention the file stored them in.
 */
public record CmykImage(int width, int height, byte[] samples) {
    private static final System.Logger LOG = paiban.log.Log.of(CmykImage.class);

    public CmykImage {
        if (samples.length != width * height * 4) {
            throw new IllegalArgumentException("need " + width * height * 4 + " samples, got " + samples.length);
        }
    }

    /** Ink of one channel (0 C … 3 K) at a pixel, 0–255. */
    public int ink(int x, int y, int channel) {
        return samples[(y * width + x) * 4 + channel] & 0xFF;
    }

    /** The largest total area coverage of any pixel, in percent (0–400). */
    public int maxTotalInk() {
        int max = 0;
        for (int i = 0; i < samples.length; i += 4) {
            int sum = (samples[i] & 0xFF) + (samples[i + 1] & 0xFF) + (samples[i + 2] & 0xFF) + (samples[i + 3] & 0xFF);
            if (sum > max) max = sum;
        }
        return (int) Math.round(max * 100 / 255.0);
    }

    /**
     * Shrunk to {@code w × h} by averaging each target pixel's source area (a
     * box filter: every source pixel counts, so fine detail turns into its
     * average ink rather than aliasing).
     */
    public CmykImage scaled(int w, int h) {
        if (w == width && h == height) return this;
        if (w > width || h > height) throw new IllegalArgumentException("only shrinks: " + width + "×" + height + " to " + w + "×" + h);
        byte[] out = new byte[w * h * 4];
        long[] sum = new long[4];
        for (int ty = 0; ty < h; ty++) {
            int y0 = (int) ((long) ty * height / h), y1 = Math.max(y0 + 1, (int) ((long) (ty + 1) * height / h));
            for (int tx = 0; tx < w; tx++) {
                int x0 = (int) ((long) tx * width / w), x1 = Math.max(x0 + 1, (int) ((long) (tx + 1) * width / w));
                java.util.Arrays.fill(sum, 0);
                for (int y = y0; y < y1; y++) {
                    int i = (y * width + x0) * 4;
                    for (int x = x0; x < x1; x++, i += 4) {
                        sum[0] += samples[i] & 0xFF;
                        sum[1] += samples[i + 1] & 0xFF;
                        sum[2] += samples[i + 2] & 0xFF;
                        sum[3] += samples[i + 3] & 0xFF;
                    }
                }
                long n = (long) (x1 - x0) * (y1 - y0);
                int o = (ty * w + tx) * 4;
                for (int c = 0; c < 4; c++) out[o + c] = (byte) ((sum[c] + n / 2) / n);
            }
        }
        return new CmykImage(w, h, out);
    }

    /**
     * Screen colours, opaque ARGB: each ink takes its share of white away and
     * black darkens the rest. A naive conversion without a press profile, good
     * enough to place and crop a photo by; the plate is what prints.
     */
    /**
     * Screen colours through the file's own CMYK profile (how the photo desk
     * saw it), else {@link #toArgb()}. A profile that is not CMYK or cannot be
     * used falls back too.
     */
    public int[] toArgb(ICC_Profile profile) {
        if (profile == null || profile.getColorSpaceType() != ColorSpace.TYPE_CMYK) return toArgb();
        try {
            return throughProfile(new ICC_ColorSpace(profile), samples, width, height);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the photo's colour profile is unusable; plain conversion", e);
            // a broken or unusable profile: the plain conversion still shows the photo
            return toArgb();
        }
    }

    /**
     * Interleaved CMYK samples through a CMYK colour space to sRGB, as opaque
     * ARGB: the one ICC conversion for the screen, of a photo's own profile
     * and of the newsprint profile (soft proof) alike.
     */
    static int[] throughProfile(ColorSpace cmyk, byte[] samples, int width, int height) {
        ComponentColorModel cm = new ComponentColorModel(cmyk, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        // ICC CMYK encodes ink as 0…1, as these samples hold it in 0…255; the conversion only reads them
        WritableRaster r = Raster.createInterleavedRaster(new DataBufferByte(samples, width * height * 4),
                width, height, width * 4, 4, new int[] {0, 1, 2, 3}, null);
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        new ColorConvertOp(null).filter(new BufferedImage(cm, r, false, null), rgb);
        int[] out = rgb.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < out.length; i++) out[i] |= 0xFF000000;
        return out;
    }

    public int[] toArgb() {
        int[] out = new int[width * height];
        for (int p = 0, i = 0; p < out.length; p++, i += 4) {
            out[p] = PlainCmyk.argb(samples[i] & 0xFF, samples[i + 1] & 0xFF, samples[i + 2] & 0xFF, samples[i + 3] & 0xFF);
        }
        return out;
    }
}
