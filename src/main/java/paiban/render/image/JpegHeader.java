package paiban.render.image;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 8192)) {
            return read(in);
        }
    }

    static Optional<JpegHeader> read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        if (raw.read() != 0xFF || raw.read() != 0xD8) return Optional.empty();
        boolean adobe = false, icc = false;
        int transform = -1;
        int[] frame = null; // precision, height, width, components, type
        try {
            // APP markers may come before or after the frame header: read on to the scan
            while (true) {
                int b = in.readUnsignedByte();
                if (b != 0xFF) throw new IOException("broken JPEG: marker expected, found byte " + b);
                int marker = in.readUnsignedByte();
                while (marker == 0xFF) marker = in.readUnsignedByte(); // fill bytes
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue; // no length
                if (marker == 0xD9 || marker == 0xDA) break; // end of image, start of scan
                int length = in.readUnsignedShort() - 2;
                if (length < 0) throw new IOException("broken JPEG: segment length " + (length + 2));
                byte[] data = new byte[Math.min(length, 16)];
                in.readFully(data);
                if (isFrame(marker) && data.length >= 6) {
                    frame = new int[] {data[0] & 0xFF, u16(data, 1), u16(data, 3), data[5] & 0xFF, marker & 0x0F};
                } else if (marker == 0xEE && startsWith(data, "Adobe") && data.length >= 12) {
                    adobe = true;
                    transform = data[11] & 0xFF;
                } else if (marker == 0xE2 && startsWith(data, "ICC_PROFILE")) {
                    icc = true;
                }
                in.skipNBytes(length - data.length);
            }
        } catch (EOFException e) {
            throw new IOException("broken JPEG: the file ends inside its header");
        }
        if (frame == null) throw new IOException("broken JPEG: no frame header");
        return Optional.of(new JpegHeader(frame[2], frame[1], frame[3], frame[0], frame[4], adobe, transform, icc));
    }

    /**
     * The ICC profile embedded in a JPEG's APP2 segments, its chunks joined
     * in their sequence order; empty when there is none.
     */
    public static Optional<byte[]> iccProfile(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 8192)) {
            DataInputStream in = new DataInputStream(raw);
            if (raw.read() != 0xFF || raw.read() != 0xD8) return Optional.empty();
            java.util.TreeMap<Integer, byte[]> chunks = new java.util.TreeMap<>();
            try {
                while (true) {
                    if (in.readUnsignedByte() != 0xFF) break;
                    int marker = in.readUnsignedByte();
                    while (marker == 0xFF) marker = in.readUnsignedByte();
                    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;
                    if (marker == 0xD9 || marker == 0xDA) break;
                    int length = in.readUnsignedShort() - 2;
                    if (length < 0) break;
                    if (marker != 0xE2 || length < 14) {
                        in.skipNBytes(length);
                        continue;
                    }
                    byte[] data = new byte[length];
                    in.readFully(data);
                    if (startsWith(data, "ICC_PROFILE") && data[11] == 0) {
                        chunks.put(data[12] & 0xFF, java.util.Arrays.copyOfRange(data, 14, data.length));
                    }
                }
            } catch (EOFException e) {
                return Optional.empty();
            }
            if (chunks.isEmpty()) return Optional.empty();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (byte[] c : chunks.values()) out.write(c);
            return Optional.of(out.toByteArray());
        }
    }

    private static int u16(byte[] d, int i) {
        return ((d[i] & 0xFF) << 8) | (d[i + 1] & 0xFF);
    }

    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean startsWith(byte[] data, String id) {
        if (data.length < id.length()) return false;
        for (int i = 0; i < id.length(); i++) if (data[i] != id.charAt(i)) return false;
        return true;
    }
}
