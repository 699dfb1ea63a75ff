package paiban.io.imports;

import java.nio.file.Path;

import paiban.io.DocumentException;

/** A file that cannot be imported: the message names the file and what is wrong with it. No partial story is returned. */
public class ImportException extends DocumentException {
    public ImportException(Path file, String what) {
        super(file + ": " + what);
    }

    public ImportException(Path file, String what, Throwable cause) {
        super(file + ": " + what, cause);
    }
}
