package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 7: on a pipe or in a log file, progress lines used to come
 * before the error line, so stderr was not the one error line the README
 * promises. They are now held until the work is done and dropped when it fails.
 */
class ProgressLineTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String err() { return bytes.toString(StandardCharsets.UTF_8); }

    @Test
    void onAPipeTheErrorStandsAlone() {
        try (ProgressLine p = new ProgressLine(err, "export", false)) {
            p.show("composing 3 pages");
            p.show("page 1 of 3");
            throw new IllegalStateException("broken");
        } catch (IllegalStateException e) {
            err.println("paiban export: " + e.getMessage()); // as Cli.run does after the command
        }
        assertEquals("paiban export: broken\n", err());
    }

    @Test
    void onAPipeWorkThatSucceedsStillLogsItsProgressInOrder() {
        try (ProgressLine p = new ProgressLine(err, "export", false)) {
            p.show("composing 3 pages");
            p.show("page 3 of 3");
            p.done();
            err.println("warning: after the progress");
        }
        assertEquals("export: composing 3 pages\nexport: page 3 of 3\nwarning: after the progress\n", err());
    }

    @Test
    void onATerminalTheLineIsWipedBeforeTheError() {
        try (ProgressLine p = new ProgressLine(err, "export", true)) {
            p.show("page 1 of 3");
        }
        err.println("paiban export: broken");
        String[] lines = err().split("\n");
        assertEquals(1, lines.length);
        assertEquals("paiban export: broken", lines[0].substring(lines[0].lastIndexOf('\r') + 1));
    }
}
