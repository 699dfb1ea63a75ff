package paiban.ui.canvas.table;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import paiban.compose.line.ParagraphSetter;
import paiban.compose.table.TableComposer;
import paiban.compose.table.TableLayout;
import paiban.font.FontLibrary;
import paiban.model.Page;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TableGrid;
import paiban.model.frame.TableShape;
import paiban.ui.EditionDocument;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.canvas.Tool;
import paiban.edit.ReplaceFrame;
import paiban.ui.edit.UndoStack;

/**
 * Cell mode of the page canvas: the cell of a table frame being typed in (and
 * the corner of a range of cells, for merging), moved by Tab, Shift+Tab and
 * the arrows, and the table edits the canvas, its context menu and the menus
 * make: typing, rows and columns added or removed, cells merged or split, a
 * column's width. Each edit is one {@link ReplaceFrame} on the undo stack;
 * the keystrokes typed into one cell are one undo step. No nodes; tested
 * without a window.
 */
public final class TableCellModel {
    /** The table and cell being edited: the cell's first row and column, and the range's other corner. */
    public record CellCursor(String pageId, String frameId, int row, int col, int toRow, int toCol) {
        public int top() { return Math.min(row, toRow); }

        public int bottom() { return Math.max(row, toRow); }

        public int left() { return Math.min(col, toCol); }

        public int right() { return Math.max(col, toCol); }

        public boolean range() { return row != toRow || col != toCol; }

        CellCursor at(int r, int c) { return new CellCursor(pageId, frameId, r, c, r, c); }

        CellCursor to(int r, int c) { return new CellCursor(pageId, frameId, row, col, r, c); }
    }

    private final CanvasViewModel canvas;
    private final EditionDocument document;
    private final UndoStack undo;
    private final ReadOnlyObjectWrapper<CellCursor> cursor = new ReadOnlyObjectWrapper<>(this, "cursor");
    /** Text an input method is composing in the cell, not yet typed; "" when none. */
    private final ReadOnlyStringWrapper composing = new ReadOnlyStringWrapper(this, "composing", "");
    /** Keystrokes into one cell fold into one undo step: a new key for every cell entered. */
    private Object typingKey = new Object();
    private boolean following;
    private TableComposer composer;
    private TableFrame laidOut;
    private Object laidOutTemplate;
    private TableLayout layout;

    public TableCellModel(CanvasViewModel canvas, UndoStack undo) {
        this.canvas = canvas;
        this.document = canvas.document();
        this.undo = undo;
        canvas.selectedFrameIdProperty().addListener((o, old, now) -> {
            if (active() && !following && !cursor.get().frameId().equals(now)) leave();
        });
        canvas.pageIndexProperty().addListener((o, old, now) -> { if (active()) leave(); });
        canvas.toolProperty().addListener((o, old, now) -> {
            if (active() && now != Tool.SELECT && now != Tool.TEXT) leave();
        });
        document.editionProperty().addListener(o -> revalidate());
        document.openedProperty().addListener(o -> leave());
    }

    public ReadOnlyObjectProperty<CellCursor> cursorProperty() { return cursor.getReadOnlyProperty(); }

    public CellCursor cursor() { return cursor.get(); }

    public boolean active() { return cursor.get() != null; }

    public ReadOnlyStringProperty composingProperty() { return composing.getReadOnlyProperty(); }

    /** The table being edited. */
    public Optional<TableFrame> table() {
        CellCursor c = cursor.get();
        return c == null ? Optional.empty() : tableOf(c.pageId(), c.frameId());
    }

    private Optional<TableFrame> tableOf(String pageId, String frameId) {
        return document.edition().page(pageId).flatMap(p -> p.frame(frameId))
                .filter(TableFrame.class::isInstance).map(TableFrame.class::cast);
    }

    /** The table frame with this id on the shown page. */
    public Optional<TableFrame> shownTable(String frameId) {
        return canvas.currentPage().flatMap(p -> tableOf(p.id(), frameId));
    }

    /** Where the cells of a table of the shown page are, composed as the page composes it. */
    public Optional<TableLayout> layoutOf(TableFrame t) {
        Optional<Page> page = canvas.currentPage();
        if (page.isEmpty()) return Optional.empty();
        var template = document.edition().templateOf(page.get());
        if (t != laidOut || template != laidOutTemplate) {
            if (composer == null) composer = new TableComposer(new ParagraphSetter(FontLibrary.shared()));
            layout = composer.compose(t, template, document.edition().styles());
            laidOut = t;
            laidOutTemplate = template;
        }
        return Optional.of(layout);
    }

    /** The cell's text as it is now; "" when not in cell mode. */
    public String cellText() {
        CellCursor c = cursor.get();
        if (c == null) return "";
        return table().flatMap(t -> TableShape.cellAt(t, c.row(), c.col())).map(p -> p.cell().text()).orElse("");
    }

    // ----- entering, leaving, moving

    /**
     * Enters cell mode in table {@code frameId} of the shown page, in the cell
     * under the page point (x, y), or the first cell.
     *
     * @return false when the frame is no table, or continues a table from another frame
     */
    public boolean enter(String frameId, int x, int y) {
        Optional<Page> page = canvas.currentPage();
        Optional<TableFrame> t = shownTable(frameId);
        if (page.isEmpty() || t.isEmpty()) return false;
        // a continuation frame (续表框) shows rows of the table in the frame before it: its own rows are ignored
        if (paiban.model.TableChains.previous(document.edition(), page.get(), t.get()).isPresent()) return false;
        int row = 0, col = 0;
        Optional<TableLayout.CellBox> box = layoutOf(t.get()).flatMap(l -> l.cellAt(x, y));
        if (box.isPresent()) {
            row = box.get().row();
            col = box.get().col();
        }
        follow(() -> canvas.selectedFrameIdProperty().set(frameId));
        show(new CellCursor(page.get().id(), frameId, row, col, row, col));
        return true;
    }

    /**
     * A click at a page point while in cell mode: the cell under it (Shift
     * extends the range to it).
     *
     * @return false when the point is not in the table (cell mode should end)
     */
    public boolean pointAt(int x, int y, boolean extend) {
        Optional<TableFrame> t = table();
        if (t.isEmpty() || !t.get().bounds().contains(x, y)) return false;
        Optional<TableLayout.CellBox> box = layoutOf(t.get()).flatMap(l -> l.cellAt(x, y));
        if (box.isEmpty()) return true;
        CellCursor c = cursor.get();
        show(extend ? c.to(box.get().row(), box.get().col()) : c.at(box.get().row(), box.get().col()));
        return true;
    }

    public void leave() {
        if (!active()) return;
        cursor.set(null);
        composing.set("");
        typingKey = new Object();
    }

    private void show(CellCursor c) {
        CellCursor old = cursor.get();
        if (old == null || old.row() != c.row() || old.col() != c.col() || !old.frameId().equals(c.frameId())) {
            typingKey = new Object();
        }
        composing.set("");
        cursor.set(c);
    }

    private void follow(Runnable r) {
        following = true;
        try {
            r.run();
        } finally {
            following = false;
        }
    }

    /** After any edit (undo too): the table may be gone, or smaller than the cursor. */
    private void revalidate() {
        CellCursor c = cursor.get();
        if (c == null) return;
        Optional<TableFrame> t = tableOf(c.pageId(), c.frameId());
        if (t.isEmpty()) {
            leave();
            return;
        }
        int rows = t.get().rows().size(), cols = t.get().columns().size();
        int r = Math.min(c.row(), rows - 1), k = Math.min(c.col(), cols - 1);
        // the cursor names the cell's first slot, which a merge or split may have moved
        // a short row read from a file may leave a slot without a cell: the cursor then stays on the slot
        Optional<TableGrid.Placed> p = TableShape.cellAt(t.get(), r, k);
        CellCursor now = new CellCursor(c.pageId(), c.frameId(), p.map(TableGrid.Placed::row).orElse(r),
                p.map(TableGrid.Placed::col).orElse(k),
                Math.min(c.toRow(), rows - 1), Math.min(c.toCol(), cols - 1));
        if (!now.equals(c)) cursor.set(now);
    }

    /** Tab: the next cell in reading order; from the last cell a new row is added, as word processors do. */
    public void next() {
        CellCursor c = cursor.get();
        Optional<TableFrame> t = table();
        if (c == null || t.isEmpty()) return;
        List<TableGrid.Placed> cells = t.get().grid().cells();
        int i = indexOf(cells, c);
        if (i + 1 < cells.size()) {
            show(c.at(cells.get(i + 1).row(), cells.get(i + 1).col()));
        } else {
            int rows = t.get().rows().size();
            edit(tf -> TableShape.insertRow(tf, rows));
            show(cursor.get().at(rows, 0));
        }
    }

    /** Shift+Tab: the previous cell; the first cell stays. */
    public void previous() {
        CellCursor c = cursor.get();
        Optional<TableFrame> t = table();
        if (c == null || t.isEmpty()) return;
        List<TableGrid.Placed> cells = t.get().grid().cells();
        int i = indexOf(cells, c);
        if (i > 0) show(c.at(cells.get(i - 1).row(), cells.get(i - 1).col()));
    }

    private static int indexOf(List<TableGrid.Placed> cells, CellCursor c) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).row() == c.row() && cells.get(i).col() == c.col()) return i;
        }
        return 0;
    }

    /**
     * An arrow key: to the cell beside the current one (past a merged cell's
     * far edge); with {@code extend} the range's corner moves instead.
     */
    public void move(int dRow, int dCol, boolean extend) {
        CellCursor c = cursor.get();
        Optional<TableFrame> t = table();
        if (c == null || t.isEmpty()) return;
        int fromRow = extend ? c.toRow() : c.row(), fromCol = extend ? c.toCol() : c.col();
        Optional<TableGrid.Placed> at = TableShape.cellAt(t.get(), fromRow, fromCol);
        int firstRow = at.map(TableGrid.Placed::row).orElse(fromRow), firstCol = at.map(TableGrid.Placed::col).orElse(fromCol);
        int lastRow = at.map(TableGrid.Placed::lastRow).orElse(fromRow), lastCol = at.map(TableGrid.Placed::lastCol).orElse(fromCol);
        int r = dRow > 0 ? lastRow + 1 : dRow < 0 ? firstRow - 1 : fromRow;
        int k = dCol > 0 ? lastCol + 1 : dCol < 0 ? firstCol - 1 : fromCol;
        if (r < 0 || k < 0 || r >= t.get().rows().size() || k >= t.get().columns().size()) return;
        if (extend) {
            show(c.to(r, k));
            return;
        }
        Optional<TableGrid.Placed> to = TableShape.cellAt(t.get(), r, k);
        show(c.at(to.map(TableGrid.Placed::row).orElse(r), to.map(TableGrid.Placed::col).orElse(k)));
    }

    // ----- editing

    /** Types {@code text} at the end of the cell's text. */
    public void type(String text) {
        if (text == null || text.isEmpty() || !active()) return;
        String now = cellText() + text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        setCellText(now);
    }

    /** Backspace: the cell's last character goes. */
    public void deleteBackward() {
        String s = cellText();
        if (s.isEmpty()) return;
        setCellText(s.substring(0, s.offsetByCodePoints(s.length(), -1)));
    }

    /** Delete: the cell is emptied. */
    public void clearCell() {
        if (!cellText().isEmpty()) setCellText("");
    }

    public void setCellText(String text) {
        CellCursor c = cursor.get();
        if (c == null) return;
        apply(tf -> TableShape.setText(tf, c.row(), c.col(), text), typingKey);
    }

    /** Shows what an input method is composing in the cell. */
    public void compose(String text) {
        if (active()) composing.set(text == null ? "" : text);
    }

    /** A row above ({@code below} false) or below the cell's rows; the cursor goes to the new row. */
    public void insertRow(boolean below) {
        CellCursor c = cursor.get();
        if (c == null) return;
        TableGrid.Placed p = placed();
        int at = below ? p.lastRow() + 1 : p.row();
        edit(tf -> TableShape.insertRow(tf, at));
        show(cursor.get().at(at, 0));
    }

    public void removeRow() {
        CellCursor c = cursor.get();
        if (c == null || table().map(t -> t.rows().size() < 2).orElse(true)) return;
        edit(tf -> TableShape.removeRow(tf, c.row()));
        revalidate();
        show(cursor.get());
    }

    public void insertColumn(boolean right) {
        CellCursor c = cursor.get();
        if (c == null) return;
        TableGrid.Placed p = placed();
        int at = right ? p.lastCol() + 1 : p.col();
        edit(tf -> TableShape.insertColumn(tf, at));
        show(cursor.get().at(c.row(), at));
    }

    public void removeColumn() {
        CellCursor c = cursor.get();
        if (c == null || table().map(t -> t.columns().size() < 2).orElse(true)) return;
        edit(tf -> TableShape.removeColumn(tf, c.col()));
        revalidate();
        show(cursor.get());
    }

    /**
     * Merges the range of cells (the cursor's cell to its corner).
     *
     * @return false when there is no range or a merged cell reaches out of it
     */
    public boolean merge() {
        CellCursor c = cursor.get();
        if (c == null || !c.range()) return false;
        TableFrame t = table().orElseThrow();
        TableFrame merged;
        try {
            merged = TableShape.merge(t, c.top(), c.left(), c.bottom(), c.right());
        } catch (IllegalArgumentException e) {
            return false;
        }
        undo.apply(new ReplaceFrame(c.pageId(), merged));
        show(c.at(c.top(), c.left()));
        return true;
    }

    /** Splits the merged cell at the cursor into single cells. */
    public void split() {
        CellCursor c = cursor.get();
        if (c == null) return;
        TableGrid.Placed p = placed();
        if (p.cell().rowSpan() == 1 && p.cell().colSpan() == 1) return;
        edit(tf -> TableShape.split(tf, c.row(), c.col()));
    }

    /** Whether the cursor's cell spans several slots. */
    public boolean canSplit() {
        if (!active()) return false;
        TableGrid.Placed p = placed();
        return p.cell().rowSpan() > 1 || p.cell().colSpan() > 1;
    }

    /** Column {@code col} of table {@code frameId} on the shown page made {@code mpt} wide: one undo step. */
    public void setColumnWidth(String frameId, int col, int mpt) {
        Optional<Page> page = canvas.currentPage();
        Optional<TableFrame> t = shownTable(frameId);
        if (page.isEmpty() || t.isEmpty()) return;
        undo.apply(new ReplaceFrame(page.get().id(), TableShape.setColumnWidth(t.get(), col, mpt)));
    }

    private TableGrid.Placed placed() {
        CellCursor c = cursor.get();
        return TableShape.cellAt(table().orElseThrow(), c.row(), c.col())
                .orElseGet(() -> new TableGrid.Placed(new paiban.model.frame.TableCell(""), c.row(), c.col()));
    }

    private void edit(UnaryOperator<TableFrame> op) {
        apply(op, null);
        typingKey = new Object();
    }

    private void apply(UnaryOperator<TableFrame> op, Object key) {
        CellCursor c = cursor.get();
        Optional<TableFrame> t = table();
        if (c == null || t.isEmpty()) return;
        undo.applyMerging(new ReplaceFrame(c.pageId(), op.apply(t.get())), key);
    }

    /**
     * The column whose right edge is within {@code slop} of the page point, in
     * any text column the table of {@code frameId} reached; -1 for none.
     */
    public int columnEdgeAt(String frameId, int x, int y, int slop) {
        Optional<TableFrame> t = shownTable(frameId);
        Optional<Page> page = canvas.currentPage();
        if (t.isEmpty() || page.isEmpty() || t.get().locked()) return -1;
        int body = document.edition().templateOf(page.get()).bodySize();
        for (var seg : layoutOf(t.get()).orElseThrow().segments()) {
            if (y < seg.y() || y > seg.bottom()) continue;
            int edge = seg.x();
            for (int c = 0; c < t.get().columns().size(); c++) {
                edge += t.get().columns().get(c).resolve(body);
                // the frame's own right edge keeps its resize handle
                if (Math.abs(x - edge) <= slop && Math.abs(edge - t.get().bounds().right()) > slop) return c;
            }
        }
        return -1;
    }

    /** The width of column {@code col} of table {@code frameId}, millipoints. */
    public int columnWidth(String frameId, int col) {
        Optional<TableFrame> t = shownTable(frameId);
        Optional<Page> page = canvas.currentPage();
        if (t.isEmpty() || page.isEmpty()) return 0;
        return t.get().columns().get(col).resolve(document.edition().templateOf(page.get()).bodySize());
    }
}
