package paiban.render.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import java.awt.image.Raster;

/**
 * Decodes four-component JPEGs (CMYK, and Adobe's YCCK) to plain ink values.
 *
 * <p>javax.imageio cannot reliably turn these into an image (older JDKs throw
 * "Unsupported Image Type", newer ones convert without the file's conventions),
 * but {@link ImageReader#readRaster} hands back the four stored components
 * untouched. This class undoes the file's conventions itself:
 * <ul>
 * <li>APP14 transform 2 (YCCK): the first three components are YCbCr of the
 *     stored (inverted) C, M, Y; converting them back to "RGB" gives 255 − stored,
 *     so R, G, B are the inks themselves.</li>
 * <li>APP14 present: Photoshop's convention, samples are 255 − ink (also K in YCCK).</li>
 * <li>No APP14: samples are ink as they stand.</li>
 * </ul>
 * A file with an APP14 marker but ink stored upright cannot be told from the
 * data; it follows Adobe's convention, as PDF readers and Photoshop do.
 */
public final class CmykJpeg {
    private CmykJpeg() {}

    /** The file's header when it is a four-component JPEG; empty for anything else. */
    public static Optional<JpegHeader> probe(Path file) throws IOException {
        return JpegHeader.read(file).filter(JpegHeader::cmyk);
    }

    /** Every pixel of a four-component JPEG. */
    public static CmykImage decode(Path file, JpegHeader header) throws IOException {
        return decode(file, header, 1);
    }

    /**
     * A four-component JPEG read at every {@code step}-th pixel in both
     * directions (1 = all): previews and ink sampling need not hold 50 MP.
     */
    public static CmykImage decode(Path file, JpegHeader header, int step) throws IOException {
        if (!header.cmyk()) throw new IllegalArgumentException(file + " has " + header.components() + " components, not 4");
        Raster raster = readRaster(file, Math.max(1, step));
        return toInk(raster, header);
    }

    /** The step that brings the longer side down to at most {@code maxSide} pixels. */
    public static int stepFor(JpegHeader header, int maxSide) {
        int longer = Math.max(header.width(), header.height());
        return Math.max(1, (longer + maxSide - 1) / maxSide);
    }

    private static Raster readRaster(Path file, int step) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) throw new IOException(file + ": cannot open");
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
            if (!readers.hasNext()) throw new IOException("no JPEG reader in this Java");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
                // readRaster: the stored components, no colour conversion
                return reader.readRaster(0, param);
            } catch (RuntimeException e) {
                throw new IOException(file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
            } finally {
                reader.dispose();
            }
        }
    }

    static CmykImage toInk(Raster r, JpegHeader header) throws IOException {
        if (r.getNumBands() != 4) throw new IOException("expected 4 components, the decoder gave " + r.getNumBands());
        int w = r.getWidth(), h = r.getHeight();
        boolean ycck = header.adobe() && header.transform() == 2;
        boolean inverted = header.inverted();
        byte[] out = new byte[w * h * 4];
        int[] row = new int[w * 4];
        int o = 0;
        for (int y = 0; y < h; y++) {
            r.getPixels(r.getMinX(), r.getMinY() + y, w, 1, row);
            for (int x = 0; x < w * 4; x += 4) {
                int c = row[x], m = row[x + 1], ye = row[x + 2], k = row[x + 3];
                if (ycck) {
                    double luma = c, cb = m - 128, cr = ye - 128;
                    // YCbCr → RGB (JFIF); R, G, B are 255 − stored C, M, Y, i.e. ink when stored inverted
                    int red = clamp(luma + 1.402 * cr);
                    int green = clamp(luma - 0.344136 * cb - 0.714136 * cr);
                    int blue = clamp(luma + 1.772 * cb);
                    c = 255 - red;
                    m = 255 - green;
                    ye = 255 - blue;
                }
                if (inverted) {
                    c = 255 - c;
                    m = 255 - m;
                    ye = 255 - ye;
                    k = 255 - k;
                }
                out[o++] = (byte) c;
                out[o++] = (byte) m;
                out[o++] = (byte) ye;
                out[o++] = (byte) k;
            }
        }
        return new CmykImage(w, h, out);
    }

    private static int clamp(double v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) Math.round(v);
    }
}
