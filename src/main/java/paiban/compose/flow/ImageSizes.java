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

/**
 * Pixel sizes of image files, read from the header only (no decoding) and
 * cached by file and modification time, so placing a photo costs one small
 * read the first time and nothing after.
 */
public final class ImageSizes {
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
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return Optional.empty();
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Optional.empty();
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
