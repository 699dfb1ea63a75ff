package paiban.render.fx;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import paiban.render.image.CmykImage;
import paiban.render.image.CmykJpeg;
import paiban.render.image.ImageFileCheck;
import paiban.render.image.JpegHeader;
import paiban.render.image.PrintColour;

/**
 * An image file as the screen shows it: a soft proof, the colours it will
 * print in. CMYK and YCCK JPEGs go through {@link CmykJpeg} and the newsprint
 * profile ({@link PrintColour}) to screen colours; RGB files go to ink as the
 * exporter converts them (profile and {@link PrintColour#PROFILE_INK_LIMIT})
 * and back, so a photo that prints dark looks dark. Grey files JavaFX shows as
 * they are. Read at no more than {@link #MAX_SIDE} pixels a side, as nobody
 * zooms a 50 MP photo to its pixels on the canvas. Without the profile
 * (assets missing) CMYK falls back to the file's own profile or a plain
 * conversion, RGB to JavaFX's own decoding.
 */
final class ScreenImage {
    private static final System.Logger LOG = paiban.log.Log.of(ScreenImage.class);
    static final int MAX_SIDE = 2048;

    private ScreenImage() {}

    /** The file's image; empty when it cannot be read. */
    static Optional<Image> load(Path file) {
        // a pipe, a device, a lying header or a cut-off file is drawn as a missing image, never opened by JavaFX
        ImageFileCheck.Result checked = ImageFileCheck.check(file);
        if (!checked.ok()) return Optional.empty();
        Optional<JpegHeader> cmyk;
        try {
            cmyk = CmykJpeg.probe(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "not a CMYK JPEG header: " + file, e);
            cmyk = Optional.empty(); // let JavaFX report what it makes of the file
        }
        if (cmyk.isEmpty()) {
            Optional<Image> proof = rgbProof(file);
            if (proof.isPresent()) return proof;
            // JavaFX scales while it reads, so a big grey scan never sits in memory at full size
            boolean big = Math.max(checked.width(), checked.height()) > MAX_SIDE;
            Image img = big ? new Image(file.toUri().toString(), MAX_SIDE, MAX_SIDE, true, true, false)
                    : new Image(file.toUri().toString(), false);
            return img.isError() ? Optional.empty() : Optional.of(img);
        }
        try {
            CmykImage inks = CmykJpeg.decode(file, cmyk.get(), CmykJpeg.stepFor(cmyk.get(), MAX_SIDE));
            PrintColour press = press();
            int[] argb = press != null ? press.toArgb(inks.samples(), inks.width(), inks.height())
                    : inks.toArgb(profile(file, cmyk.get()));
            return Optional.of(fromArgb(inks.width(), inks.height(), argb));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "a CMYK photo could not be drawn: " + file, e);
            return Optional.empty();
        }
    }

    private static PrintColour press() {
        try {
            return PrintColour.shared();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the newsprint profile is unusable; photos drawn without soft proof", e);
            return null;
        }
    }

    /** An RGB file through print and back; empty for grey files, or anything AWT cannot read (JavaFX then tries). */
    private static Optional<Image> rgbProof(Path file) {
        PrintColour press = press();
        if (press == null) return Optional.empty();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return Optional.empty();
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Optional.empty();
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                int side = Math.max(r.getWidth(0), r.getHeight(0));
                int step = Math.max(1, (side + MAX_SIDE - 1) / MAX_SIDE);
                ImageReadParam p = r.getDefaultReadParam();
                p.setSourceSubsampling(step, step, 0, 0);
                BufferedImage img = r.read(0, p);
                if (img.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) return Optional.empty();
                byte[] inks = press.toCmyk(img, PrintColour.PROFILE_INK_LIMIT);
                return Optional.of(fromArgb(img.getWidth(), img.getHeight(), press.toArgb(inks, img.getWidth(), img.getHeight())));
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "no soft proof for " + file + "; JavaFX draws it", e);
            return Optional.empty();
        }
    }

    /** The file's embedded profile, when it has a usable one. */
    private static ICC_Profile profile(Path file, JpegHeader header) {
        if (!header.iccProfile()) return null;
        try {
            return JpegHeader.iccProfile(file).map(ICC_Profile::getInstance).orElse(null);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "the embedded colour profile of " + file + " is unusable", e);
            return null;
        }
    }

    private static Image fromArgb(int w, int h, int[] argb) {
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return img;
    }
}
