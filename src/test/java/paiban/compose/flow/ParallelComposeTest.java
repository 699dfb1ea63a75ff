package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import paiban.bench.GeneratedEdition;
import paiban.font.FontLibrary;
import paiban.model.Edition;

/** Stories composed on several threads give exactly the layout of one thread, every time. */
class ParallelComposeTest {
    @Test
    void parallelCompositionEqualsSequential() {
        Edition e = GeneratedEdition.of(6, 11);
        assertTrue(e.stories().size() >= FlowSession.PARALLEL_FROM, "enough stories to go parallel");
        String expected = LayoutText.dump(new FlowSession(FontLibrary.shared()).sequential().compose(e, null));
        for (int round = 0; round < 4; round++) {
            // a fresh session each round: every line is set again, by whichever thread gets there
            assertEquals(expected, LayoutText.dump(new FlowSession(FontLibrary.shared()).parallel().compose(e, null)),
                    "round " + round);
        }
        FlowSession kept = new FlowSession(FontLibrary.shared()).parallel();
        kept.compose(e, null);
        assertEquals(expected, LayoutText.dump(kept.compose(e, null)), "from a shared, warm line cache");
    }
}
