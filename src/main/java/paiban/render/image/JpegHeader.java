package paiban.render.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a JPEG's markers say before its scan: size, number of components and
 * Adobe's APP14 colour transform. Read without decoding a pixel, so asking
 * costs one small read.
 *
 * @param width       pixels
 * @param height      pixels
 * @param components  1 grey, 3 YCbCr/RGB, 4 CMYK or YCCK
 * @param precision   bits per sample (8 for nearly every photo)
 * @param frameType   the SOF marker's low nibble: 0 baseline, 1 extended, 2 progressive, …
 * @param adobe       an APP14 "Adobe" marker is present; with 4 components that means
 *                    Photoshop's convention of inverted samples (255 = no ink)
 * @param transform   APP14 transform: 0 none (CMYK), 1 YCbCr, 2 YCCK; -1 without APP14
 * @param iccProfile  an APP2 ICC profile in the file
 */
public record JpegHeader(int width, int height, int components, int precision, int frameType, boolean adobe,
                         int transform, boolean iccProfile) {

    /** Four components: CMYK or YCCK, the colour desks' press-ready photos. */
    public boolean cmyk() { return components == 4; }

    /** Samples hold 255 − ink (Adobe's convention whenever APP14 is present with four components). */
    public boolean inverted() { return cmyk() && adobe; }

    /**
     * Whether a PDF's DCTDecode filter can take the file as it is: Huffman-coded
     * baseline, extended or progressive with 8-bit samples (PDF readers do not
     * all decode arithmetic coding or 12-bit samples).
     */
    public boolean embeddable() { return precision == 8 && frameType >= 0 && frameType <= 2; }

    /** The header of {@code file}; empty when it is not a JPEG. */
    public static Optional<JpegHeader> read(Path file) throws IOException {
        boolean[] adobe = {false}, icc = {false};
        int[] transform = {-1};
        int[][] frame = {null}; // precision, height, width, components, type
        // APP markers may come before or after the frame header: read on to the scan
        boolean jpeg = JpegSegments.walk(file, (marker, length) -> 16, (marker, data) -> {
            if (isFrame(marker) && data.length >= 6) {
                frame[0] = new int[] {data[0] & 0xFF, u16(data, 1), u16(data, 3), data[5] & 0xFF, marker & 0x0F};
            } else if (marker == 0xEE && JpegSegments.startsWith(data, "Adobe") && data.length >= 12) {
                adobe[0] = true;
                transform[0] = data[11] & 0xFF;
            } else if (marker == 0xE2 && JpegSegments.startsWith(data, "ICC_PROFILE")) {
                icc[0] = true;
            }
        });
        if (!jpeg) return Optional.empty();
        int[] f = frame[0];
        if (f == null) throw new IOException("broken JPEG: no frame header");
        return Optional.of(new JpegHeader(f[2], f[1], f[3], f[0], f[4], adobe[0], transform[0], icc[0]));
    }

    /**
     * The ICC profile embedded in a JPEG's APP2 segments, its chunks joined
     * in their sequence order; empty when there is none.
     */
    public static Optional<byte[]> iccProfile(Path file) throws IOException {
        TreeMap<Integer, byte[]> chunks = new TreeMap<>();
        JpegSegments.walk(file, (marker, length) -> marker == 0xE2 ? length : 0, (marker, data) -> {
            if (marker == 0xE2 && data.length > 14 && JpegSegments.startsWith(data, "ICC_PROFILE") && data[11] == 0) {
                chunks.put(data[12] & 0xFF, Arrays.copyOfRange(data, 14, data.length));
            }
        });
        if (chunks.isEmpty()) return Optional.empty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] c : chunks.values()) out.writeBytes(c);
        return Optional.of(out.toByteArray());
    }

    private static int u16(byte[] d, int i) {
        return ((d[i] & 0xFF) << 8) | (d[i + 1] & 0xFF);
    }

    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }
}
