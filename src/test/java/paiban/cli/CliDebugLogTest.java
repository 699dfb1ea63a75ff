package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.log.Log;

/** {@code --debug} adds the stack trace on stderr and turns on debug logging; a failed command is in the log. */
class CliDebugLogTest {
    @TempDir Path dir;

    @AfterEach
    void stop() {
        Log.stop();
        Log.debug(false);
    }

    private static boolean debugOn() {
        return System.getLogger("paiban.cli.Anything").isLoggable(System.Logger.Level.DEBUG);
    }

    @Test
    void debugTurnsOnDebugLoggingAndWithoutItItIsOff() {
        CommandRun.of("--debug", "preflight", dir.resolve("missing.json").toString());
        assertTrue(debugOn());
        CommandRun.of("preflight", dir.resolve("missing.json").toString());
        assertFalse(debugOn());
    }

    @Test
    void aRefusedCommandIsLoggedButStderrKeepsItsOneLine() throws Exception {
        assertTrue(Log.toFile(dir.resolve("logs")));
        CommandRun run = CommandRun.of("preflight", dir.resolve("missing.json").toString());
        Log.stop();
        assertEquals(Cli.BAD_INPUT, run.exit());
        assertEquals(1, run.errLines(), run.err());
        String log = Files.readString(dir.resolve("logs").resolve("paiban0.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("paiban preflight") && log.contains("missing.json"), log);
    }
}
