package paiban.cli;

import java.io.PrintStream;

/**
 * One status line on stderr, rewritten in place while long work runs, ended
 * when it is done, wiped when the work fails so the error stands alone. When
 * stderr goes to a file or a pipe (CI logs), carriage returns would glue every
 * status into one line, so each status is a line of its own there; those lines
 * are held until the work is done and dropped when it fails, so a script that
 * reads stderr finds the error as its one line, never after the progress.
 */
final class ProgressLine implements AutoCloseable {
    private final PrintStream err;
    private final String command;
    private final boolean inPlace;
    private boolean open;

    ProgressLine(PrintStream err, String command) {
        this(err, command, err != System.err || System.console() != null);
    }

    /** @param inPlace rewrite one line with carriage returns (a terminal), else hold whole lines (a file or a pipe) */
    ProgressLine(PrintStream err, String command, boolean inPlace) {
        this.err = err;
        this.command = command;
        this.inPlace = inPlace;
    }

    private int width;
    /** Statuses not yet written, when stderr is not a terminal. */
    private final StringBuilder held = new StringBuilder();

    synchronized void show(String status) {
        String line = command + ": " + status;
        if (!inPlace) {
            held.append(line).append('\n');
            return;
        }
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        width = line.length();
        err.flush();
        open = true;
    }

    synchronized void done() {
        if (open) err.println();
        open = false;
        if (held.length() > 0) {
            err.print(held);
            err.flush();
            held.setLength(0);
        }
    }

    /** Wipes a line still open (the work failed), so an error message starts on a clean line. */
    @Override public synchronized void close() {
        held.setLength(0);
        if (open) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
        open = false;
    }
}
