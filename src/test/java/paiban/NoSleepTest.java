package paiban;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Tests wait for the event or the condition, never for time: no {@code Thread.sleep}, {@code robot.sleep} or
 * {@code WaitForAsyncUtils.sleep} (a double-click chain is ended by moving the pointer, not by outwaiting it).
 */
class NoSleepTest {
    private static final Pattern SLEEP = Pattern.compile("\\b(?:Thread|robot|WaitForAsyncUtils|TimeUnit\\.\\w+)\\s*\\.\\s*sleep\\s*\\(");

    @Test
    void noTestSleeps() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("NoSleepTest.java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) if (SLEEP.matcher(lines.get(i)).find()) found.add(f + ":" + (i + 1));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckSeesASleep() {
        for (String s : List.of("robot.sleep(700);", "Thread.sleep(50);", "WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);",
                "TimeUnit.MILLISECONDS.sleep(5);")) {
            assertEquals(true, SLEEP.matcher(s).find(), s);
        }
        assertEquals(false, SLEEP.matcher("WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> done);").find());
    }
}
