package paiban.render.pdf;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.Deflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import paiban.render.image.CmykImage;
import paiban.render.image.CmykJpeg;
import paiban.render.image.ImageFileCheck;
import paiban.render.image.JpegHeader;
import paiban.render.image.PrintColour;

/**
 * An image decoded and converted for print: 8-bit DeviceGray when the file
 * is grey, else DeviceCMYK, never RGB. RGB goes to CMYK through the newsprint
 * profile ({@link PrintColour}) and is held to the edition's total ink limit;
 * a converted photo is JPEG-compressed only when the decoded result is proved
 * to stay within the limit, else it goes lossless. Alpha is flattened onto paper white
 * (PDF/X-1a has no transparency). Pixels beyond {@link #MAX_PPI} at the
 * placed size are resampled away, as a plate cannot show them anyway.
 * Photos (JPEG files) stay JPEG-compressed, now with CMYK or grey samples;
 * graphics (PNG) stay lossless. A CMYK JPEG within the resolution limit is
 * embedded byte for byte (no second generation of JPEG loss); Adobe's
 * inverted samples are then undone by the image's Decode array.
 */
final class PrintImage {
    static final double MAX_PPI = 300;

    static final float JPEG_QUALITY = 0.9f;
    /** Total ink, percent, kept free under the limit before JPEG compression of converted RGB. */
    static final int JPEG_INK_MARGIN = 4;

    final int width;
    final int height;
    final boolean grey;
    /** True when {@link #data} is a JPEG (DCTDecode) stream, else Flate. */
    final boolean jpeg;
    /** The samples, compressed, row by row. */
    final byte[] data;
    /** The samples are 255 − ink (an Adobe CMYK JPEG embedded as it is): Decode [1 0 1 0 1 0 1 0]. */
    final boolean inverted;

    private PrintImage(int width, int height, boolean grey, boolean jpeg, byte[] data, boolean inverted) {
        this.width = width;
        this.height = height;
        this.grey = grey;
        this.jpeg = jpeg;
        this.data = data;
        this.inverted = inverted;
    }

    /**
     * @param placedWidth  width the image is drawn at, millipoints (limits resolution)
     * @param placedHeight height the image is drawn at, millipoints
     */
    static PrintImage load(Path file, int placedWidth, int placedHeight, int inkLimit) throws IOException {
        // decoded once to the end first: a cut-off CMYK JPEG must not go into the PDF byte for byte
        ImageFileCheck.require(file);
        Optional<JpegHeader> cmyk = CmykJpeg.probe(file);
        if (cmyk.isPresent()) return cmykJpeg(file, cmyk.get(), placedWidth, placedHeight);
        BufferedImage img = ImageIO.read(file.toFile());
        if (img == null) throw new IOException(file + ": not a JPEG or PNG image this program can read");
        img = limitResolution(img, placedWidth, placedHeight);
        int w = img.getWidth(), h = img.getHeight();
        boolean grey = img.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        if (grey) {
            byte[] samples = greySamples(img);
            boolean photo = isJpeg(file);
            return new PrintImage(w, h, true, photo, photo ? jpeg(samples, w, h, 1) : deflate(samples), false);
        }
        byte[] samples = PrintColour.shared().toCmyk(img, inkLimit);
        if (isJpeg(file)) {
            // JPEG's loss can push a pixel back over the limit: give it a little room, and prove it kept to it
            byte[] room = samples.clone();
            PrintColour.limitInk(room, inkLimit - JPEG_INK_MARGIN);
            byte[] photo = jpeg(room, w, h, 4);
            if (maxInk(photo) <= inkLimit * 255 / 100) return new PrintImage(w, h, false, true, photo, false);
        }
        return new PrintImage(w, h, false, false, deflate(samples), false);
    }

    /** The largest total ink of a CMYK JPEG these methods wrote, in 1/255 steps. */
    private static int maxInk(byte[] jpeg) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(jpeg))) {
            reader.setInput(in, true, true);
            Raster r = reader.readRaster(0, null);
            int w = r.getWidth(), max = 0;
            int[] row = new int[w * 4];
            for (int y = 0; y < r.getHeight(); y++) {
                r.getPixels(0, y, w, 1, row);
                for (int i = 0; i < row.length; i += 4) max = Math.max(max, row[i] + row[i + 1] + row[i + 2] + row[i + 3]);
            }
            return max;
        } finally {
            reader.dispose();
        }
    }

    /** The file itself when a PDF can take it at this size, else its inks resampled and encoded afresh. */
    private static PrintImage cmykJpeg(Path file, JpegHeader h, int placedWidth, int placedHeight) throws IOException {
        int[] size = limitedSize(h.width(), h.height(), placedWidth, placedHeight);
        if (size == null && h.embeddable()) {
            return new PrintImage(h.width(), h.height(), false, true, Files.readAllBytes(file), h.inverted());
        }
        CmykImage inks = CmykJpeg.decode(file, h);
        if (size != null) inks = inks.scaled(size[0], size[1]);
        return new PrintImage(inks.width(), inks.height(), false, true,
                jpeg(inks.samples(), inks.width(), inks.height(), 4), false);
    }

    /** The pixel size at {@link #MAX_PPI} when the image has more than that at its placed size; null when it has not. */
    private static int[] limitedSize(int width, int height, int placedWidth, int placedHeight) {
        double inchesW = placedWidth / 72000.0, inchesH = placedHeight / 72000.0;
        if (inchesW <= 0 || inchesH <= 0) return null;
        int maxW = (int) Math.ceil(inchesW * MAX_PPI), maxH = (int) Math.ceil(inchesH * MAX_PPI);
        if (width <= maxW && height <= maxH) return null;
        double s = Math.min((double) maxW / width, (double) maxH / height);
        return new int[] {Math.max(1, (int) Math.round(width * s)), Math.max(1, (int) Math.round(height * s))};
    }

    /**
     * Grey samples as stored: Java's grey colour space is linear, so going
     * through getRGB would lighten every pixel; the file's values are what print.
     */
    private static byte[] greySamples(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        java.awt.image.Raster r = img.getRaster();
        int bits = img.getColorModel().getComponentSize(0);
        boolean alpha = img.getColorModel().hasAlpha() && r.getNumBands() > 1;
        int alphaBits = alpha ? img.getColorModel().getComponentSize(r.getNumBands() - 1) : 8;
        byte[] out = new byte[w * h];
        int o = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = scale(r.getSample(x, y, 0), bits);
                if (alpha) v = flatten(v, scale(r.getSample(x, y, r.getNumBands() - 1), alphaBits));
                out[o++] = (byte) v;
            }
        }
        return out;
    }

    private static int scale(int sample, int bits) {
        return bits == 8 ? sample : bits > 8 ? sample >> (bits - 8) : sample * 255 / ((1 << bits) - 1);
    }

    private static int flatten(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }

    private static BufferedImage limitResolution(BufferedImage img, int placedWidth, int placedHeight) {
        int[] size = limitedSize(img.getWidth(), img.getHeight(), placedWidth, placedHeight);
        if (size == null) return img;
        int w = size[0], h = size[1];
        boolean grey = img.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        BufferedImage out = new BufferedImage(w, h, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        if (grey) {
            // a grey target has no alpha: transparent pixels fall on paper white
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
        }
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static boolean isJpeg(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0xFF && in.read() == 0xD8;
        }
    }

    /** Samples as a baseline JPEG with 1 (grey) or 4 (CMYK, not inverted) components. */
    private static byte[] jpeg(byte[] samples, int w, int h, int bands) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(samples, samples.length), w, h,
                w * bands, bands, bands == 1 ? new int[] {0} : new int[] {0, 1, 2, 3}, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(samples.length / 8 + 1024);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(raster, null, null), p);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
        byte[] chunk = new byte[64 * 1024];
        while (!d.finished()) {
            int n = d.deflate(chunk);
            out.write(chunk, 0, n);
        }
        d.end();
        return out.toByteArray();
    }
}
