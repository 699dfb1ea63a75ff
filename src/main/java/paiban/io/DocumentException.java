package paiban.io;

/**
 * A document that cannot be read: the message names the file, the place in it and what is wrong,
 * as one line: {@code edition.json:301:11 at pages[0].frames[3].bounds: negative size …}.
 * Where known, the parts are also available apart, for an editor that wants to point at the place.
 */
public class DocumentException extends Exception {
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    public DocumentException(String message) {
        this(message, (Throwable) null);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
        this.line = -1;
        this.column = -1;
        this.path = "";
        this.problem = message;
    }

    /**
     * @param line   1-based, or ≤ 0 when unknown
     * @param column 1-based, or ≤ 0 when unknown
     * @param path   JSON path such as {@code pages[1].frames[3]}, "" when none
     */
    public DocumentException(String source, int line, int column, String path, String problem) {
        super(source + place(line, column) + (path.isEmpty() ? "" : " at " + path) + ": " + problem);
        this.line = line;
        this.column = column;
        this.path = path;
        this.problem = problem;
    }

    private static String place(int line, int column) {
        if (line <= 0) return "";
        return column > 0 ? ":" + line + ":" + column : ":" + line;
    }

    /** 1-based line of the problem, -1 when unknown. */
    public int line() { return line > 0 ? line : -1; }

    /** 1-based column of the problem, -1 when unknown. */
    public int column() { return line > 0 && column > 0 ? column : -1; }

    /** JSON path of the problem, "" when none. */
    public String path() { return path; }

    /** What is wrong, without the place (the whole message when the place is not known apart). */
    public String problem() { return problem; }
}
