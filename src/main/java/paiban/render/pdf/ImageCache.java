package paiban.render.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Images decoded and converted once per export, shared by the documents of that export (any thread). */
final class ImageCache {
    private final Map<String, Object> images = new ConcurrentHashMap<>();

    PrintImage get(Path file, int placedWidth, int placedHeight, int inkLimit) throws IOException {
        String key = file.toAbsolutePath() + "|" + placedWidth + "x" + placedHeight + "|" + inkLimit;
        Object v = images.computeIfAbsent(key, k -> {
            try {
                return PrintImage.load(file, placedWidth, placedHeight, inkLimit);
            } catch (IOException e) {
                return e;
            } catch (RuntimeException e) {
                return new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
            }
        });
        if (v instanceof IOException e) throw new IOException(e.getMessage(), e);
        return (PrintImage) v;
    }
}
