package paiban.render.image;

import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * CMYK JPEGs with known inks, written by ImageIO from a four-band raster (which
 * it stores without colour conversion and without APP14), then given the
 * marker variants a photo desk delivers by inserting an APP14 "Adobe" segment
 * after SOI and storing the samples the way that variant expects.
 *
 * <p>The test image is a row of {@link #PATCH}-pixel square patches, one per
 * entry of the ink table, in percent.
 */
public final class CmykJpegFiles {
    /** Patch side in pixels: a multiple of the 8×8 JPEG block, so patches do not share blocks. */
    public static final int PATCH = 16;

    /** C100, M100, Y100, K100, paper, a mid tone, a 200% rich black (under the 240% limit even after JPEG loss). */
    public static final int[][] PATCHES = {
        {100, 0, 0, 0}, {0, 100, 0, 0}, {0, 0, 100, 0}, {0, 0, 0, 100}, {0, 0, 0, 0}, {20, 40, 60, 10}, {40, 30, 30, 100},
    };

    /** How the file stores its samples. */
    public enum Variant {
        /** No APP14: C, M, Y, K as ink (0 = none); what ImageIO and some RIP tools write. */
        PLAIN(false, -1),
        /** APP14, transform 0: Photoshop's CMYK, samples 255 − ink. */
        ADOBE_CMYK(true, 0),
        /** APP14, transform 2: Photoshop's YCCK, YCbCr of the inverted C, M, Y plus inverted K. */
        ADOBE_YCCK(true, 2);

        final boolean inverted;
        final int transform;

        Variant(boolean inverted, int transform) {
            this.inverted = inverted;
            this.transform = transform;
        }
    }

    private CmykJpegFiles() {}

    /** The patch row of {@code inks}, each patch {@code scale} × {@link #PATCH} pixels a side. */
    public static byte[] patches(int[][] inks, Variant v, int scale) throws IOException {
        int side = PATCH * scale, w = side * inks.length, h = side;
        byte[] s = new byte[w * h * 4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] ink = inks[x / side];
                int[] stored = stored(ink, v);
                int o = (y * w + x) * 4;
                for (int c = 0; c < 4; c++) s[o + c] = (byte) stored[c];
            }
        }
        byte[] jpeg = write(s, w, h);
        return v.transform < 0 ? jpeg : withAdobe(jpeg, v.transform);
    }

    public static Path write(Path file, int[][] inks, Variant v, int scale) throws IOException {
        Files.write(file, patches(inks, v, scale));
        return file;
    }

    /** Samples as the variant stores an ink (percent) value. */
    static int[] stored(int[] inkPercent, Variant v) {
        int[] b = new int[4];
        for (int c = 0; c < 4; c++) b[c] = Math.round(inkPercent[c] * 255 / 100f);
        if (v.inverted) for (int c = 0; c < 4; c++) b[c] = 255 - b[c];
        if (v.transform == 2) {
            // the decoder turns YCbCr into R, G, B and stores 255 − R, …: so encode 255 − stored as "RGB"
            double r = 255 - b[0], g = 255 - b[1], bl = 255 - b[2];
            b[0] = clamp(0.299 * r + 0.587 * g + 0.114 * bl);
            b[1] = clamp(-0.168736 * r - 0.331264 * g + 0.5 * bl + 128);
            b[2] = clamp(0.5 * r - 0.418688 * g - 0.081312 * bl + 128);
        }
        return b;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static byte[] write(byte[] samples, int w, int h) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(samples, samples.length), w, h,
                w * 4, 4, new int[] {0, 1, 2, 3}, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.95f);
            writer.write(null, new IIOImage(raster, null, null), p);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The JPEG with an APP14 "Adobe" segment (version 100, no flags, the given transform) right after SOI. */
    public static byte[] withAdobe(byte[] jpeg, int transform) {
        byte[] app14 = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform};
        return insertAfterSoi(jpeg, app14);
    }

    /** The JPEG with an ICC profile in APP2 ICC_PROFILE segments of at most {@code chunk} bytes each, right after SOI. */
    public static byte[] withIccProfile(byte[] jpeg, byte[] profile, int chunk) {
        byte[] id = "ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int count = (profile.length + chunk - 1) / chunk;
        ByteArrayOutputStream segments = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            int from = i * chunk, n = Math.min(chunk, profile.length - from);
            int len = 2 + id.length + 2 + n;
            segments.write(0xFF);
            segments.write(0xE2);
            segments.write(len >> 8);
            segments.write(len);
            segments.writeBytes(id);
            segments.write(i + 1);
            segments.write(count);
            segments.write(profile, from, n);
        }
        return insertAfterSoi(jpeg, segments.toByteArray());
    }

    private static byte[] insertAfterSoi(byte[] jpeg, byte[] segment) {
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(segment, 0, out, 2, segment.length);
        System.arraycopy(jpeg, 2, out, 2 + segment.length, jpeg.length - 2);
        return out;
    }
}
