package paiban.cli;

import java.io.PrintStream;

/** One status line on stderr, rewritten in place while long work runs, ended when it is done. */
final class ProgressLine {
    private final PrintStream err;
    private final String command;
    private boolean open;

    ProgressLine(PrintStream err, String command) {
        this.err = err;
        this.command = command;
    }

    synchronized void show(String status) {
        err.print("\r" + command + ": " + status + "   ");
        err.flush();
        open = true;
    }

    synchronized void done() {
        if (open) err.println();
        open = false;
    }
}
