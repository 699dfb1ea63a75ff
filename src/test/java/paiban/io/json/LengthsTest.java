package paiban.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.model.unit.Units;

class LengthsTest {
    @ParameterizedTest
    @CsvSource({
            "9000, 9",
            "13500, 13.5",
            "1105512, 1105.512",
            "0, 0",
            "1, 0.001",
            "-2500, -2.5",
            "120000, 120",
    })
    void millipointsAreWrittenAsPlainPoints(int mpt, String written) {
        assertEquals(written, Lengths.toPoints(mpt).toPlainString());
        assertEquals(written, Lengths.toPoints(mpt).toString(), "no exponent");
        assertEquals(mpt, Lengths.fromPoints(new BigDecimal(written)));
    }

    @Test
    void everyMillipointRoundTrips() {
        Random r = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            int mpt = r.nextInt(4_000_000) - 1_000_000;
            assertEquals(mpt, Lengths.fromPoints(new BigDecimal(Lengths.toPoints(mpt).toString())));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "390mm, 1105512",
            "390 mm, 1105512",
            "9pt, 9000",
            "13.5, 13500",
            "0.0004, 0",
            "0.0005, 1",
    })
    void textWithUnits(String text, int mpt) {
        assertEquals(mpt, Lengths.parse(text));
        if (text.endsWith("mm")) assertEquals(Units.mm(390), mpt);
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Lengths.parse("39cm"));
        assertThrows(IllegalArgumentException.class, () -> Lengths.parse("mm"));
        assertThrows(IllegalArgumentException.class, () -> Lengths.parse("1e12"));
    }
}
