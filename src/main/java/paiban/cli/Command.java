package paiban.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless command: {@code paiban <name> …}. */
public interface Command {
    String name();

    /** One line for the command list. */
    String summary();

    /** The full usage text shown by {@code <name> --help}. */
    String usage();

    /**
     * Runs the command.
     * @return 0 done, 1 findings, 2 bad input
     * @throws UsageException for a bad option or argument (reported on one line, exit 2)
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
