package paiban.ui.canvas.table;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import paiban.compose.table.TableLayout;
import paiban.model.Rect;
import paiban.render.fx.ScreenTransform;
import paiban.ui.UiFonts;

/**
 * Draws cell mode over the page: the cells of the range as a translucent
 * band, the cell being typed in with a two-pixel outline and what an input
 * method is composing under it, and the new edge of a column whose width
 * is dragged.
 */
public final class TablePainter {
    static final Color RANGE = Color.web("#2f7fd8", 0.22);
    static final Color CELL = Color.web("#2f7fd8");
    static final Color COMPOSING = Color.web("#0a64ff");

    private TablePainter() {}

    public static void paint(GraphicsContext gc, ScreenTransform at, TableCellModel model, CanvasTableInput input,
                             String pageId) {
        TableCellModel.CellCursor c = model.cursor();
        if (c != null && c.pageId().equals(pageId)) {
            model.table().flatMap(model::layoutOf).ifPresent(l -> cells(gc, at, model, l, c));
        }
        CanvasTableInput.WidthDrag d = input.widthDrag();
        if (d != null) {
            model.shownTable(d.frameId()).flatMap(model::layoutOf).ifPresent(l -> {
                gc.setStroke(CELL);
                gc.setLineWidth(1);
                gc.setLineDashes(4, 3);
                double x = at.x(d.nowX());
                for (Rect seg : l.segments()) gc.strokeLine(x, at.y(seg.y()), x, at.y(seg.bottom()));
                gc.setLineDashes((double[]) null);
            });
        }
    }

    private static void cells(GraphicsContext gc, ScreenTransform at, TableCellModel model, TableLayout l,
                              TableCellModel.CellCursor c) {
        if (c.range()) {
            gc.setFill(RANGE);
            for (TableLayout.CellBox b : l.cells()) {
                if (b.row() > c.bottom() || b.lastRow() < c.top() || b.col() > c.right() || b.lastCol() < c.left()) continue;
                fill(gc, at, b.box());
            }
        }
        gc.setStroke(CELL);
        gc.setLineWidth(2);
        gc.setLineDashes((double[]) null);
        for (TableLayout.CellBox b : l.cells()) {
            if (b.row() != c.row() || b.col() != c.col()) continue;
            Rect r = b.box();
            gc.strokeRect(at.x(r.x()) + 1, at.y(r.y()) + 1, at.length(r.width()) - 2, at.length(r.height()) - 2);
            String composing = model.composingProperty().get();
            if (!composing.isEmpty()) {
                gc.setFill(COMPOSING);
                gc.setFont(UiFonts.sans(13));
                gc.fillText(composing, at.x(r.x()) + 3, at.y(r.bottom()) + 15);
            }
            break; // a repeated header shows the cell again in the next column: outline the first
        }
    }

    private static void fill(GraphicsContext gc, ScreenTransform at, Rect r) {
        gc.fillRect(at.x(r.x()), at.y(r.y()), at.length(r.width()), at.length(r.height()));
    }
}
