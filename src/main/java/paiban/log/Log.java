package paiban.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Paiban logs through {@link System.Logger} with java.util.logging behind it. Everything under {@code paiban.} goes
 * to a rotating file ({@code paiban0.log} … {@code paiban4.log}, 1 MB each) in the settings folder's {@code logs},
 * never to stderr: a command's stderr is for its one-line messages. Until {@link #toFile} is called (the editor and
 * the jar's commands call it at start) the records go nowhere.
 */
public final class Log {
    /** Held: java.util.logging keeps loggers only weakly, and the settings must stick. */
    private static final Logger ROOT = Logger.getLogger("paiban");
    static final int FILE_LIMIT = 1 << 20;
    static final int FILE_COUNT = 5;
    private static Handler file;

    static {
        ROOT.setUseParentHandlers(false);
        ROOT.setLevel(Level.INFO);
    }

    private Log() {}

    /** The logger for {@code type}; records at INFO and above are kept, DEBUG too after {@link #debug(boolean)}. */
    public static System.Logger of(Class<?> type) {
        return System.getLogger(type.getName());
    }

    /** {@code --debug}: keep DEBUG and TRACE records as well. */
    public static synchronized void debug(boolean on) {
        ROOT.setLevel(on ? Level.ALL : Level.INFO);
    }

    /**
     * Starts writing to {@code folder} (created if missing), replacing any earlier file. False, and logging stays
     * off, when the folder cannot be written: a read-only home costs only the log.
     */
    public static synchronized boolean toFile(Path folder) {
        try {
            Files.createDirectories(folder);
            FileHandler h = new FileHandler(folder.resolve("paiban%g.log").toString(), FILE_LIMIT, FILE_COUNT, true);
            h.setEncoding("UTF-8");
            h.setFormatter(new SimpleFormatter() {
                @Override
                public String format(java.util.logging.LogRecord r) {
                    return String.format("%1$tF %1$tT.%1$tL %2$-7s %3$s [%4$s] %5$s%n%6$s",
                            r.getMillis(), r.getLevel().getName(), r.getLoggerName(), Thread.currentThread().getName(),
                            formatMessage(r), stackTrace(r.getThrown()));
                }
            });
            h.setLevel(Level.ALL);
            stop();
            file = h;
            ROOT.addHandler(h);
            return true;
        } catch (IOException | RuntimeException e) {
            ROOT.log(Level.WARNING, "no log file in " + folder, e); // said where the log goes without a file
            return false;
        }
    }

    /** Closes the file (tests; the JVM closes it on exit anyway). */
    public static synchronized void stop() {
        if (file == null) return;
        ROOT.removeHandler(file);
        file.close();
        file = null;
    }

    private static String stackTrace(Throwable t) {
        if (t == null) return "";
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
