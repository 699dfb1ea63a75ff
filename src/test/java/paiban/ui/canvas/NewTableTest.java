package paiban.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import paiban.layout.FrameKind;
import paiban.model.Edition;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.TableFrame;
import paiban.ui.TestEditions;

class NewTableTest {
    @Test
    void theTableToolMakesAThreeByThreeTableFillingTheDrawnWidth() {
        Edition e = TestEditions.twoPages();
        PageTemplate t = e.templates().get(0);
        Rect r = new Rect(10_000, 20_000, 90_000, 60_000);
        Frame f = NewFrames.make(Tool.TABLE.draws(), r, e, t);
        TableFrame table = (TableFrame) f;
        assertEquals(3, table.columns().size());
        assertEquals(3, table.rows().size());
        assertEquals(1, table.headerRows());
        assertEquals(r, table.bounds());
        assertEquals(90_000, table.columns().stream().mapToInt(c -> c.resolve(t.bodySize())).sum());
        assertTrue(table.id().startsWith("table-"));
        assertEquals(FrameKind.TABLE, FrameKinds.of(table));
    }
}
