package paiban.compose.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A run with no break opportunity (200,000 。, which may not start a line)
 * composes in time linear in its length: the breaker used to scan to the end
 * of the run for every line, so a million 。 took 8 s and five million minutes.
 * Not a timed test: the bound is many times what a linear breaker needs, and
 * what a quadratic one needs is far beyond it.
 */
class UnbreakableRunTest {
    @Test
    void longRunOfMarksThatMayNotStartALineComposesAndKeepsEveryCharacter() {
        String text = "。".repeat(200_000);
        List<ComposedLine> lines = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Compose.lines(text, 13));
        int total = 0;
        for (ComposedLine l : lines) total += l.end() - l.start();
        assertEquals(text.length(), total);
        assertEquals(0, lines.get(0).start());
        assertEquals(text.length(), lines.get(lines.size() - 1).end());
    }

    @Test
    void longWordOfLatinLettersComposes() {
        String text = "甲" + "x".repeat(200_000) + "乙";
        List<ComposedLine> lines = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Compose.lines(text, 13));
        assertEquals(text.length(), lines.get(lines.size() - 1).end());
    }
}
