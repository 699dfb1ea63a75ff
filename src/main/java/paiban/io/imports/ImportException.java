package paiban.io.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import paiban.io.DocumentException;

/**
 * A file that cannot be imported: the message names the file and what is wrong with it. No partial story is returned.
 * Where the problem is a key of the report bundle ({@code error.*}) with its arguments, {@link #getMessage()} is
 * English (as the command line prints it) and {@link ImportReportTexts#message(ImportException)} words it in the
 * interface language.
 */
public class ImportException extends DocumentException {
    private final String file;
    private final String key;
    private final List<Object> args;

    public ImportException(Path file, String what) {
        this(file, what, (Throwable) null);
    }

    public ImportException(Path file, String what, Throwable cause) {
        super(file + ": " + what, cause);
        this.file = String.valueOf(file);
        this.key = null;
        this.args = List.of();
    }

    private ImportException(Path file, Throwable cause, String key, Object[] args) {
        super(file + ": " + ImportReportTexts.of(Locale.ENGLISH).note(ReportNote.of(key, args)), cause);
        this.file = String.valueOf(file);
        this.key = key;
        this.args = List.of(args);
    }

    /** A problem worded by the bundle key {@code key} ({@code error.…}) with {@code args}. */
    static ImportException keyed(Path file, String key, Object... args) {
        return new ImportException(file, null, key, args);
    }

    static ImportException keyed(Path file, Throwable cause, String key, Object... args) {
        return new ImportException(file, cause, key, args);
    }

    /** The file as given. */
    public String file() { return file; }

    /** The bundle key of the problem, or null when the message is English only. */
    public String key() { return key; }

    public List<Object> args() { return args; }
}
