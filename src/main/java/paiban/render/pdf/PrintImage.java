package paiban.render.pdf;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/**
 * An image decoded and converted for print: 8-bit DeviceGray when the file
 * is grey, else DeviceCMYK, never RGB. Alpha is flattened onto paper white
 * (PDF/X-1a has no transparency). Pixels beyond {@link #MAX_PPI} at the
 * placed size are resampled away, as a plate cannot show them anyway.
 */
final class PrintImage {
    static final double MAX_PPI = 300;

    final int width;
    final int height;
    final boolean grey;
    /** Flate-compressed samples, row by row. */
    final byte[] deflated;

    private PrintImage(int width, int height, boolean grey, byte[] deflated) {
        this.width = width;
        this.height = height;
        this.grey = grey;
        this.deflated = deflated;
    }

    /**
     * @param placedWidth  width the image is drawn at, millipoints (limits resolution)
     * @param placedHeight height the image is drawn at, millipoints
     */
    static PrintImage load(Path file, int placedWidth, int placedHeight) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        if (img == null) throw new IOException(file + ": not a JPEG or PNG image this program can read");
        img = limitResolution(img, placedWidth, placedHeight);
        int w = img.getWidth(), h = img.getHeight();
        boolean grey = img.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        int[] row = new int[w];
        byte[] samples = new byte[w * h * (grey ? 1 : 4)];
        int o = 0;
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int a = argb >>> 24;
                int r = flatten((argb >> 16) & 0xFF, a), g = flatten((argb >> 8) & 0xFF, a), b = flatten(argb & 0xFF, a);
                if (grey) {
                    samples[o++] = (byte) ((r * 299 + g * 587 + b * 114) / 1000);
                } else {
                    // plain GCR: the grey component goes to black, so neutrals print in K alone
                    // and no pixel needs more than 200% ink
                    int max = Math.max(r, Math.max(g, b));
                    int k = 255 - max;
                    if (max == 0) {
                        samples[o++] = 0; samples[o++] = 0; samples[o++] = 0;
                    } else {
                        samples[o++] = (byte) ((max - r) * 255 / max);
                        samples[o++] = (byte) ((max - g) * 255 / max);
                        samples[o++] = (byte) ((max - b) * 255 / max);
                    }
                    samples[o++] = (byte) k;
                }
            }
        }
        return new PrintImage(w, h, grey, deflate(samples));
    }

    private static int flatten(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }

    private static BufferedImage limitResolution(BufferedImage img, int placedWidth, int placedHeight) {
        double inchesW = placedWidth / 72000.0, inchesH = placedHeight / 72000.0;
        if (inchesW <= 0 || inchesH <= 0) return img;
        int maxW = (int) Math.ceil(inchesW * MAX_PPI), maxH = (int) Math.ceil(inchesH * MAX_PPI);
        if (img.getWidth() <= maxW && img.getHeight() <= maxH) return img;
        double s = Math.min((double) maxW / img.getWidth(), (double) maxH / img.getHeight());
        int w = Math.max(1, (int) Math.round(img.getWidth() * s)), h = Math.max(1, (int) Math.round(img.getHeight() * s));
        boolean grey = img.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        BufferedImage out = new BufferedImage(w, h, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
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
