package paiban.compose.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import paiban.model.style.Alignment;
import paiban.model.style.ProhibitionLevel;

/** Real news sentences and the lines they must break into (src/test/resources/compose/golden-lines.txt). */
class GoldenLinesTest {

    static Stream<Arguments> cases() throws IOException {
        List<String> lines;
        try (InputStream in = GoldenLinesTest.class.getResourceAsStream("/compose/golden-lines.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            String[] f = lines.get(i).split("\\|", 4);
            assertTrue(lines.get(i + 1).startsWith("=> "), "expected '=> ' after " + lines.get(i));
            cases.add(Arguments.of(Double.parseDouble(f[0]), ProhibitionLevel.valueOf(f[1]), Double.parseDouble(f[2]),
                    f[3], lines.get(i + 1).substring(3)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("cases")
    void breaksAsExpected(double measure, ProhibitionLevel level, double indent, String text, String expected) {
        List<ComposedLine> lines = Compose.lines(text, measure, Compose.style(indent, Alignment.JUSTIFY, level));
        assertEquals(expected, String.join(" / ", Compose.texts(lines)));
        for (ComposedLine l : lines) if (!l.last()) assertEquals(l.width(), l.contentEnd());
    }
}
