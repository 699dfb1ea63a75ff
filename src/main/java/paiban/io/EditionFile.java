package paiban.io;

import java.nio.file.Path;

import paiban.model.Edition;

/**
 * Reads and writes the edition file (SPEC §7).
 * PLACEHOLDER: the foundation issue's io part fills it in; the signatures stay.
 */
public final class EditionFile {
    private EditionFile() {}

    /** @throws DocumentException naming the file, the place and what is wrong */
    public static Edition read(Path file) throws DocumentException {
        throw new DocumentException(file + ": reading editions is not built yet");
    }

    /** Atomic: a temporary file renamed over the old one, which is kept as FILE.bak. */
    public static void write(Edition edition, Path file) throws java.io.IOException {
        throw new java.io.IOException("writing editions is not built yet");
    }
}
