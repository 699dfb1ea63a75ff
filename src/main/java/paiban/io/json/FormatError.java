package paiban.io.json;

/**
 * Something wrong in an edition file, at a JSON path such as
 * {@code pages[1].frames[3].bounds} ("" for the whole document).
 * Unchecked inside the reader; {@link paiban.io.EditionFile} turns it into a
 * {@link paiban.io.DocumentException} that also names the file and line.
 */
public final class FormatError extends RuntimeException {
    private final String path;

    public FormatError(String path, String problem) {
        super(problem);
        this.path = path;
    }

    /** Where: a JSON path, "" for the document itself. */
    public String path() { return path; }

    /** What is wrong, in plain words, without the place. */
    public String problem() { return getMessage(); }
}
