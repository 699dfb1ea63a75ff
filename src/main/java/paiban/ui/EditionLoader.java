package paiban.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import paiban.font.FontLibrary;
import paiban.io.DocumentException;
import paiban.io.EditionFile;
import paiban.model.Edition;

/** Opens edition files for the editor, turning every failure into one readable message. */
public final class EditionLoader {
    private EditionLoader() {}

    /** The sample edition shipped in assets/sample. */
    public static Path sample() {
        return FontLibrary.Assets.directory().resolve("sample").resolve("edition.json");
    }

    /** @throws DocumentException naming the file and what is wrong, never anything else */
    public static Edition read(Path file) throws DocumentException {
        if (!Files.exists(file)) throw new DocumentException(file + ": " + Messages.get("error.noFile"));
        try {
            return EditionFile.read(file);
        } catch (DocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // a reader bug must not take the editor down with it
            throw new DocumentException(file + ": " + e, e);
        }
    }
}
