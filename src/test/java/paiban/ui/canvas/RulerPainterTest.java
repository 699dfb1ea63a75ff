package paiban.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulerPainterTest {
    @ParameterizedTest(name = "{0} px per mm → labels every {1} mm")
    @CsvSource({"0.5, 100", "1.3, 50", "3.8, 20", "5, 10", "12, 5", "30, 2", "60, 1", "0.1, 200"})
    void labelStepKeepsLabelsApart(double pxPerMm, int step) {
        assertEquals(step, RulerPainter.step(new int[] {1, 2, 5, 10, 20, 50, 100, 200}, pxPerMm, 45));
    }
}
