package paiban.preflight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import paiban.render.image.CmykJpeg;
import paiban.render.image.JpegHeader;

/**
 * The heaviest total ink of a CMYK photo, from a sample of its pixels (at most
 * {@link #SAMPLE_SIDE} a side) and remembered by file and modification time:
 * preflight runs after every pause in editing, the photo rarely changes.
 */
final class ImageInk {
    static final int SAMPLE_SIDE = 512;

    private record Entry(FileTime modified, int maxInk) {}

    private static final Map<Path, Entry> CACHE = new ConcurrentHashMap<>();

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
}
