package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.model.PageTemplate;
import paiban.model.unit.Units;
import paiban.ui.EditionDocument;
import paiban.ui.Messages;
import paiban.ui.edit.UndoStack;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.canvas.PagePoint;

class StatusViewModelTest {
    final EditionDocument doc = TestEditions.document();
    final CanvasViewModel canvas = new CanvasViewModel(doc, new UndoStack(doc));
    final StatusViewModel vm = new StatusViewModel(canvas);

    @BeforeAll
    static void chinese() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void pointerInMillimetresAndInCharactersAndLinesFromTheTypeArea() {
        PageTemplate t = TestEditions.T;
        // ten body characters right of and three and a half grid lines below the type area's corner
        int y = t.marginTop() + 3 * t.pitch() + t.pitch() / 2;
        canvas.pointerProperty().set(new PagePoint(t.marginLeft() + 10 * t.bodySize(), y));
        String mmX = String.format(Locale.ROOT, "%.1f", Units.toMm(t.marginLeft() + 10 * t.bodySize()));
        String mmY = String.format(Locale.ROOT, "%.1f", Units.toMm(y));
        assertEquals("X " + mmX + " 毫米　Y " + mmY + " 毫米　（10.0 字，3.5 行）", vm.positionProperty().get());
        canvas.pointerProperty().set(null);
        assertEquals("", vm.positionProperty().get());
    }

    @Test
    void pageAndZoom() {
        assertEquals("第一版（第 1 / 2 页）  要闻", vm.pageProperty().get());
        canvas.showPage(1);
        assertEquals("第二版（第 2 / 2 页）  城市", vm.pageProperty().get());
        canvas.setZoom(1.5);
        assertEquals("缩放 150%", vm.zoomProperty().get());
    }
}
