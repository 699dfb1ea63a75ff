package paiban.render.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Test images that lie or stop short, made in memory. */
public final class BrokenImageFiles {
    private BrokenImageFiles() {}

    /** A noisy RGB photo (noise so the JPEG data is long and a cut falls mid-scan). */
    public static byte[] photo(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(5);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, r.nextInt(0x1000000));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, format, out)) throw new IOException("no writer for " + format);
        return out.toByteArray();
    }

    /** The first {@code fraction} of the bytes. */
    public static byte[] cut(byte[] file, double fraction) {
        return Arrays.copyOf(file, (int) (file.length * fraction));
    }

    /** A PNG whose IHDR claims another size (the CRC made to match, so only the size lies). */
    public static byte[] pngClaiming(byte[] png, int width, int height) {
        byte[] b = png.clone();
        // signature (8), IHDR length (4), "IHDR" (4), width (4), height (4) ...
        ByteBuffer.wrap(b, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(b, 12, 4 + 13);
        ByteBuffer.wrap(b, 12 + 4 + 13, 4).putInt((int) crc.getValue());
        return b;
    }
}
