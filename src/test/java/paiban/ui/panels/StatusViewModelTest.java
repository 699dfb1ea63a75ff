package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.unit.Units;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.edit.UndoStack;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.canvas.PagePoint;

@InLanguage("zh")
class StatusViewModelTest {
    final EditionDocument doc = TestEditions.document();
    final CanvasViewModel canvas = new CanvasViewModel(doc, new UndoStack(doc));
    final StatusViewModel vm = new StatusViewModel(canvas);

    @Test
    void numbersPrintAsPercentPointOneFPrintsThem() {
        java.util.Random r = new java.util.Random(7);
        for (int k = -200_000; k <= 200_000; k += 7) {
            double v = k / 1000.0;
            assertEquals(String.format(Locale.ROOT, "%.1f", v), StatusViewModel.fmt(v), "for " + v);
        }
        for (int i = 0; i < 20_000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(7));
            assertEquals(String.format(Locale.ROOT, "%.1f", v), StatusViewModel.fmt(v), "for " + v);
        }
        for (double v : new double[] {0, -0.0, 0.05, -0.05, 1.45, 2.25, 999.95, -0.04, Double.NaN, 1e300}) {
            assertEquals(String.format(Locale.ROOT, "%.1f", v), StatusViewModel.fmt(v), "for " + v);
        }
    }

    @Test
    void aFrameBeingDraggedShowsWhereItLandsAndItsSizeInCharactersAndLines() {
        PageTemplate t = TestEditions.T;
        canvas.pointerProperty().set(new PagePoint(t.marginLeft(), t.marginTop()));
        Rect r = t.gridRect(1, 3, 10, 12);
        canvas.dragPreviewProperty().set(r);
        String[] v = java.util.stream.Stream.of(r.x(), r.y(), r.width(), r.height())
                .map(x -> String.format(Locale.ROOT, "%.1f", Units.toMm(x))).toArray(String[]::new);
        String chars = String.format(Locale.ROOT, "%.1f", t.spanWidth(3) / (double) t.bodySize());
        assertEquals("X " + v[0] + "　Y " + v[1] + "　宽 " + v[2] + "　高 " + v[3] + " 毫米　（" + chars + " 字 × 12.0 行）",
                vm.positionProperty().get());
        canvas.dragPreviewProperty().set(null);
        assertTrue(vm.positionProperty().get().contains("（0.0 字，0.0 行）"), "the pointer again after the drop");
        // several frames scaled: the box around them
        canvas.movePreviewProperty().set(java.util.List.of(t.gridRect(1, 1, 10, 4), t.gridRect(2, 2, 20, 2)));
        assertTrue(vm.positionProperty().get().endsWith("（" + String.format(Locale.ROOT, "%.1f", t.spanWidth(3) / (double) t.bodySize())
                + " 字 × 12.0 行）"), vm.positionProperty().get());
        canvas.movePreviewProperty().set(java.util.List.of());
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
