package paiban.io.json;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * Something wrong in an edition file, at a JSON path such as
 * {@code pages[1].frames[3].bounds} ("" for the whole document).
 * Unchecked inside the reader; {@link paiban.io.EditionFile} turns it into a
 * {@link paiban.io.DocumentException} that also names the file and line.
 */
public final class FormatError extends RuntimeException {
    private final String path;
    private final JsonPointer pointer;

    /** An error at a top-level key ("" for the document). */
    public FormatError(String key, String problem) {
        this(key, key.isEmpty() ? JsonPointer.empty() : JsonPointer.empty().appendProperty(key), problem);
    }

    public FormatError(String path, JsonPointer pointer, String problem) {
        super(problem);
        this.path = path;
        this.pointer = pointer;
    }

    /** The same place as a JSON pointer, to find it in the text. */
    public JsonPointer pointer() { return pointer; }

    /** Where: a JSON path, "" for the document itself. */
    public String path() { return path; }

    /** What is wrong, in plain words, without the place. */
    public String problem() { return getMessage(); }
}
