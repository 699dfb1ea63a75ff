package paiban.model.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import paiban.model.Rect;
import paiban.model.style.Cmyk;

class FrameGroupTest {
    static final Rect B = new Rect(10_000, 20_000, 300_000, 40_000);
    static final TextWrap W = new TextWrap(3000);

    /** Every kind of frame with every field off its default, locked, in group "a". */
    static Stream<Frame> frames() {
        return Stream.of(
                new TextFrame("t", B, 3, 9000, 1000, VerticalAlign.BOTTOM, W, true, "a"),
                new HeadlineFrame("h", B, W, true, "a"),
                new ImageFrame("i", B, "x.jpg", ImageFit.FILL, 1.5, 200, -300, "cap", W, true, "a"),
                new RuleFrame("r", B, RuleStyle.DOUBLE, 700, Cmyk.RED, true, "a"),
                new AdFrame("ad", B, "明城银行", "ad.pdf", W, true, "a"),
                new HeaderFrame("hd", B, "{number}", "眉头右", true, "a"));
    }

    @ParameterizedTest
    @MethodSource("frames")
    void withGroupChangesTheGroupAndNothingElse(Frame f) {
        Frame regrouped = f.withGroup("b");
        assertEquals("b", regrouped.group());
        assertEquals(f.getClass(), regrouped.getClass());
        assertEquals(f, regrouped.withGroup("a"));
        assertEquals(List.of(f.id(), f.bounds(), f.locked()), List.of(regrouped.id(), regrouped.bounds(), regrouped.locked()));
        assertEquals("", f.withGroup(null).group(), "null is no group");
    }
}
