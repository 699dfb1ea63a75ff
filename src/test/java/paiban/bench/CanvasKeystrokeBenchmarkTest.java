package paiban.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The canvas keystroke workload runs (quickly) and reports the whole and the caret's share, which is part of it. */
class CanvasKeystrokeBenchmarkTest {
    @Test
    void theCaretsShareIsPartOfTheWhole() throws Exception {
        BenchFigures f = BenchFigures.of(new CanvasKeystrokeBenchmark());
        assertEquals(150, f.after("canvas-keystroke:"), f.text());
        double whole = f.after("whole median"), wholeP90 = f.after("whole median", "p90");
        double caret = f.after("finding the caret median"), caretP90 = f.after("finding the caret median", "p90");
        assertTrue(whole > 0 && whole <= wholeP90, f.text());
        assertTrue(caret > 0 && caret <= caretP90, f.text());
        // each keystroke's caret time is measured inside its whole time, so every order statistic is smaller
        assertTrue(caret <= whole && caretP90 <= wholeP90, f.text());
    }
}
