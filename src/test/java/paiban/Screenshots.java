package paiban;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests leave pictures for a person to look at: target/screenshots, made when first asked for. */
public final class Screenshots {
    private static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {}

    /** The folder, created if missing (a test run alone on a clean tree has none yet). */
    public static Path folder() {
        try {
            return Files.createDirectories(FOLDER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file {@code name} in the folder, the folder made first. */
    public static File file(String name) {
        return folder().resolve(name).toFile();
    }
}
