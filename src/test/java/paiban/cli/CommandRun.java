package paiban.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line with its streams captured. */
record CommandRun(int exit, String out, String err) {
    static CommandRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Cli.run(args, o, e);
        }
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The error message: stderr must be exactly one line (progress output aside). */
    String errorLine() {
        String[] lines = err.strip().split("\n");
        return lines[lines.length - 1];
    }

    int errLines() {
        return err.isBlank() ? 0 : err.strip().split("\n").length;
    }
}
