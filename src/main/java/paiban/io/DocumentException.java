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
        super(readable(message, MAX_MESSAGE), cause);
        this.line = -1;
        this.column = -1;
        this.path = "";
        this.problem = getMessage();
    }

    /**
     * @param line   1-based, or ≤ 0 when unknown
     * @param column 1-based, or ≤ 0 when unknown
     * @param path   JSON path such as {@code pages[1].frames[3]}, "" when none
     */
    public DocumentException(String source, int line, int column, String path, String problem) {
        super(shortSource(source) + place(line, column) + (shortPath(path).isEmpty() ? "" : " at " + shortPath(path)) + ": "
                + shortProblem(source, path, problem));
        this.line = line;
        this.column = column;
        this.path = shortPath(path);
        this.problem = shortProblem(source, path, problem);
    }

    private static String shortPath(String path) {
        return cut(path == null ? "" : path, 80);
    }

    /** The problem in the room the file name and path leave under {@link #MAX_MESSAGE}. */
    private static String shortProblem(String source, String path, String problem) {
        return readable(problem, MAX_MESSAGE - shortSource(source).length() - shortPath(path).length() - 30);
    }

    /** No message is longer than this: a value from the file is quoted only in part. */
    public static final int MAX_MESSAGE = 290;

    /** Quoted values from the file longer than this are cut. */
    private static final int MAX_QUOTE = 64;

    /** A long file name keeps its end, which names the file. */
    private static String shortSource(String source) {
        if (source == null) return "";
        return source.length() <= 100 ? source : "…" + source.substring(source.length() - 99);
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) return s;
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end) + "…";
    }

    /**
     * One line, quoted values cut to a few dozen characters, the whole at most
     * {@code max} characters: whatever a parser or a model check said, the
     * message stays readable.
     */
    static String readable(String message, int max) {
        if (message == null) return "";
        StringBuilder sb = new StringBuilder(Math.min(message.length(), 2 * MAX_MESSAGE));
        int i = 0;
        while (i < message.length()) {
            char c = message.charAt(i);
            if (c == '"' || c == '\'') {
                int close = message.indexOf(c, i + 1);
                if (close > i + MAX_QUOTE + 1) {
                    sb.append(c).append(cut(oneLine(message.substring(i + 1, i + 1 + MAX_QUOTE)), MAX_QUOTE))
                            .append("…").append(c);
                    i = close + 1;
                    continue;
                }
                if (close > i) {
                    sb.append(oneLine(message.substring(i, close + 1)));
                    i = close + 1;
                    continue;
                }
            }
            sb.append(Character.isISOControl(c) ? ' ' : c);
            i++;
            if (sb.length() > 2 * MAX_MESSAGE) break;
        }
        return cut(sb.toString(), Math.max(60, max));
    }

    private static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return sb.toString();
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
