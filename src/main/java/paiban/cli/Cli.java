package paiban.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Dispatches {@code paiban <command> …}; exit codes 0 done, 1 findings, 2 bad input. */
public final class Cli {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    private static final System.Logger LOG = paiban.log.Log.of(Cli.class);

    /** Held so the settings stick: java.util.logging keeps loggers only weakly. */
    private static final List<java.util.logging.Logger> LIBRARY_LOGGERS = List.of(
            java.util.logging.Logger.getLogger("org.apache.fontbox"),
            java.util.logging.Logger.getLogger("org.apache.pdfbox"));

    private Cli() {}

    /**
     * FontBox logs notes about the shipped fonts (an unsupported cmap format it
     * does not need, the empty cmap the embedding parse is given on purpose) on
     * stderr; a command's stderr, and the editor's, is for Paiban's own messages.
     */
    public static void quietLibraries(boolean debug) {
        for (java.util.logging.Logger l : LIBRARY_LOGGERS)
            l.setLevel(debug ? java.util.logging.Level.INFO : java.util.logging.Level.SEVERE);
    }

    /** Every command, in the order --help lists them. */
    static List<Command> commands() {
        return List.of(new ExportCommand(), new PublishCommand(), new PreflightCommand(), new ProofCommand(), new ImportCommand(),
                new BenchCommand());
    }

    public static int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(List.of(argv));
        boolean debug = args.remove("--debug");
        quietLibraries(debug);
        paiban.log.Log.debug(debug);
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            out.print(help());
            return OK;
        }
        String name = args.remove(0);
        Command command = commands().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (command == null) {
            err.println("paiban: unknown command '" + name + "' (paiban --help lists the commands)");
            return BAD_INPUT;
        }
        if (args.contains("--help") || args.contains("-h")) {
            out.print(command.usage());
            return OK;
        }
        try {
            return command.run(args, out, err);
        } catch (UsageException e) {
            LOG.log(System.Logger.Level.INFO, "paiban " + name + ": " + e.getMessage(), e);
            err.println("paiban " + name + ": " + e.getMessage());
            if (debug) e.printStackTrace(err);
            return BAD_INPUT;
        } catch (Exception | OutOfMemoryError e) {
            LOG.log(System.Logger.Level.ERROR, "paiban " + name + " failed", e);
            err.println("paiban " + name + ": " + oneLine(e));
            if (debug) e.printStackTrace(err);
            return BAD_INPUT;
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        return m.replace('\n', ' ').replace('\r', ' ');
    }

    static String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("Paiban 排版 — layout for Chinese newspapers\n\n");
        sb.append("usage: java -jar target/paiban.jar                 open the editor\n");
        sb.append("       java -jar target/paiban.jar EDITION.json    open the editor on a file\n");
        sb.append("       java -jar target/paiban.jar <command> [options]   (<command> --help for its options)\n\n");
        sb.append("commands:\n");
        for (Command c : commands()) sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        sb.append("\n--debug shows a stack trace on errors.\n");
        return sb.toString();
    }
}
