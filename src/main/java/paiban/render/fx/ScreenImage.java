package paiban.render.fx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import paiban.render.image.CmykImage;
import paiban.render.image.CmykJpeg;
import paiban.render.image.JpegHeader;

/**
 * An image file as the screen shows it. JavaFX decodes RGB and grey files;
 * CMYK and YCCK JPEGs go through {@link CmykJpeg} and a naive conversion to
 * screen colours, read at no more than {@link #MAX_SIDE} pixels a side, as
 * nobody zooms a 50 MP photo to its pixels on the canvas.
 */
final class ScreenImage {
    static final int MAX_SIDE = 2400;

    private ScreenImage() {}

    /** The file's image; empty when it cannot be read. */
    static Optional<Image> load(Path file) {
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
            return Optional.of(fromCmyk(CmykJpeg.decode(file, cmyk.get(), CmykJpeg.stepFor(cmyk.get(), MAX_SIDE))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Image fromCmyk(CmykImage inks) {
        WritableImage img = new WritableImage(inks.width(), inks.height());
        img.getPixelWriter().setPixels(0, 0, inks.width(), inks.height(), PixelFormat.getIntArgbInstance(),
                inks.toArgb(), 0, inks.width());
        return img;
    }
}
