package paiban.render.fx;

import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import paiban.render.image.CmykImage;
import paiban.render.image.CmykJpeg;
import paiban.render.image.ImageFileCheck;
import paiban.render.image.JpegHeader;

/**
 * An image file as the screen shows it. JavaFX decodes RGB and grey files;
 * CMYK and YCCK JPEGs go through {@link CmykJpeg} and to screen colours by
 * their embedded CMYK profile when they have one, else a plain conversion, read at no more than {@link #MAX_SIDE} pixels a side, as
 * nobody zooms a 50 MP photo to its pixels on the canvas.
 */
final class ScreenImage {
    static final int MAX_SIDE = 2400;

    private ScreenImage() {}

    /** The file's image; empty when it cannot be read. */
    static Optional<Image> load(Path file) {
        // a pipe, a device, a lying header or a cut-off file is drawn as a missing image, never opened by JavaFX
        if (!ImageFileCheck.check(file).ok()) return Optional.empty();
        Optional<JpegHeader> cmyk;
        try {
            cmyk = CmykJpeg.probe(file);
        } catch (IOException e) {
            cmyk = Optional.empty(); // let JavaFX report what it makes of the file
        }
        if (cmyk.isEmpty()) {
            Image img = new Image(file.toUri().toString(), false);
            return img.isError() ? Optional.empty() : Optional.of(img);
        }
        try {
            CmykImage inks = CmykJpeg.decode(file, cmyk.get(), CmykJpeg.stepFor(cmyk.get(), MAX_SIDE));
            return Optional.of(fromArgb(inks.width(), inks.height(), inks.toArgb(profile(file, cmyk.get()))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The file's embedded profile, when it has a usable one. */
    private static ICC_Profile profile(Path file, JpegHeader header) {
        if (!header.iccProfile()) return null;
        try {
            return JpegHeader.iccProfile(file).map(ICC_Profile::getInstance).orElse(null);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Image fromArgb(int w, int h, int[] argb) {
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return img;
    }
}
