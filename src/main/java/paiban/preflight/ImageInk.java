package paiban.preflight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import java.awt.image.BufferedImage;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import paiban.cache.BoundedCache;
import paiban.render.image.CmykImage;
import paiban.render.image.CmykJpeg;
import paiban.render.image.JpegHeader;
import paiban.render.image.PrintColour;

/**
 * The heaviest total ink of an image as it will print, CMYK as it is, RGB
 * after the exporter's conversion, from a sample of its pixels (at most
 * {@link #SAMPLE_SIDE} a side) and remembered by file and modification time:
 * preflight runs after every pause in editing, the photo rarely changes.
 */
final class ImageInk {
    static final int SAMPLE_SIDE = 512;

    private record Entry(FileTime modified, int maxInk) {}

    private static final BoundedCache<Path, Entry> CACHE = new BoundedCache<>(1024);
    private static final BoundedCache<String, Entry> CONVERTED = new BoundedCache<>(1024);

    private ImageInk() {}

    /** Maximum total ink in percent of a four-component JPEG. */
    static int max(Path file, JpegHeader header) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        Entry e = CACHE.get(file);
        if (e != null && e.modified().equals(modified)) return e.maxInk();
        int ink = CmykJpeg.decode(file, header, CmykJpeg.stepFor(header, SAMPLE_SIDE)).maxTotalInk();
        CACHE.put(file, new Entry(modified, ink));
        return ink;
    }

    /**
     * Maximum total ink in percent of an RGB (or grey-with-colour) image as it
     * will print: a sample of its pixels through the same conversion the
     * exporter makes ({@link PrintColour#toCmyk}), newsprint profile and limit.
     */
    static int maxConverted(Path file, int inkLimit) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        String key = file.toAbsolutePath() + "|" + inkLimit;
        Entry e = CONVERTED.get(key);
        if (e != null && e.modified().equals(modified)) return e.maxInk();
        BufferedImage img = sample(file);
        byte[] inks = PrintColour.shared().toCmyk(img, inkLimit);
        int ink = new CmykImage(img.getWidth(), img.getHeight(), inks).maxTotalInk();
        CONVERTED.put(key, new Entry(modified, ink));
        return ink;
    }

    /** The image read at every n-th pixel, so that no side exceeds {@link #SAMPLE_SIDE}. */
    private static BufferedImage sample(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) throw new IOException("cannot open");
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new IOException("not a JPEG or PNG image");
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                int side = Math.max(r.getWidth(0), r.getHeight(0));
                int step = Math.max(1, (side + SAMPLE_SIDE - 1) / SAMPLE_SIDE);
                ImageReadParam p = r.getDefaultReadParam();
                p.setSourceSubsampling(step, step, 0, 0);
                return r.read(0, p);
            } catch (RuntimeException ex) {
                throw new IOException(ex.getMessage() == null ? ex.toString() : ex.getMessage(), ex);
            } finally {
                r.dispose();
            }
        }
    }
}
