package paiban.publish;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;

import paiban.render.image.CmykImage;
import paiban.render.image.CmykJpeg;
import paiban.render.image.JpegHeader;

/**
 * Photos for the screen: an RGB or grey JPEG, a PNG, GIF or WebP is copied
 * as it is; a CMYK JPEG (the print photo) is turned into an sRGB JPEG; any
 * other picture Java can read becomes a PNG.
 */
final class MediaFiles {
    private static final List<String> AS_IS = List.of("jpg", "jpeg", "png", "gif", "webp");

    private MediaFiles() {}

    /** Puts {@code source} into {@code dir} as {@code name}.ext; returns the file name written. */
    static String copy(Path source, Path dir, String name) throws IOException {
        String file = source.getFileName().toString();
        String ext = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Files.createDirectories(dir);
        if (ext.equals("jpg") || ext.equals("jpeg")) {
            Optional<JpegHeader> header = CmykJpeg.probe(source);
            if (header.isPresent() && header.get().cmyk()) {
                CmykImage ink = CmykJpeg.decode(source, header.get(), CmykJpeg.stepFor(header.get(), 2000));
                BufferedImage rgb = new BufferedImage(ink.width(), ink.height(), BufferedImage.TYPE_INT_RGB);
                rgb.setRGB(0, 0, ink.width(), ink.height(), ink.toArgb(), 0, ink.width());
                String out = name + ".jpg";
                ImageIO.write(rgb, "jpeg", dir.resolve(out).toFile());
                return out;
            }
        }
        if (AS_IS.contains(ext)) {
            String out = name + "." + (ext.equals("jpeg") ? "jpg" : ext);
            Files.copy(source, dir.resolve(out), StandardCopyOption.REPLACE_EXISTING);
            return out;
        }
        BufferedImage img = ImageIO.read(source.toFile());
        if (img == null) throw new IOException(source + ": not a picture a browser or Java can show");
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(img, 0, 0, java.awt.Color.WHITE, null);
        String out = name + ".png";
        ImageIO.write(rgb, "png", dir.resolve(out).toFile());
        return out;
    }
}
