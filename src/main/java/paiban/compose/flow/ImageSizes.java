package paiban.compose.flow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import paiban.model.Limits;

/**
 * Pixel sizes of image files, read from the header only (no decoding) and
 * cached by file and modification time, so placing a photo costs one small
 * read the first time and nothing after.
 */
public final class ImageSizes {
    private static final System.Logger LOG = paiban.log.Log.of(ImageSizes.class);
    /** Width and height in pixels. */
    public record Size(int width, int height) {}

    private record Entry(FileTime modified, Optional<Size> size) {}

    private final Map<Path, Entry> cache = new ConcurrentHashMap<>();

    /** The image's pixel size; empty when the file is missing or not an image ImageIO reads. */
    public Optional<Size> size(Path file) {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "image size unreadable: " + file, e);
            cache.remove(file);
            return Optional.empty();
        }
        Entry e = cache.get(file);
        if (e != null && e.modified().equals(modified)) return e.size();
        Optional<Size> size = read(file);
        cache.put(file, new Entry(modified, size));
        return size;
    }

    private static Optional<Size> read(Path file) {
        // a pipe would block the composer, a device never end: only regular files are images
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return Optional.empty();
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Optional.empty();
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0), h = reader.getHeight(0);
                // a header claiming more than any image may have: not placed (preflight says why)
                if (w <= 0 || h <= 0 || w > Limits.MAX_IMAGE_SIDE || h > Limits.MAX_IMAGE_SIDE
                        || (long) w * h > Limits.MAX_IMAGE_PIXELS) {
                    return Optional.empty();
                }
                return Optional.of(new Size(w, h));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "image size unreadable", e);
            return Optional.empty();
        }
    }
}
