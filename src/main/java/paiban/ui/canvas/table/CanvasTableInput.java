package paiban.ui.canvas.table;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodRequests;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import paiban.layout.FrameKind;
import paiban.model.Rect;
import paiban.render.fx.ScreenTransform;
import paiban.ui.Messages;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.canvas.FrameOutline;
import paiban.ui.canvas.Tool;

/**
 * Keys, mouse, input methods and the context menu of cell mode on the
 * canvas, turned into {@link TableCellModel} calls. Double-click a table
 * with the selection tool, or click it with the text tool, to type in the
 * cell under the pointer; Tab and Shift+Tab go to the next and previous
 * cell, the arrows to the cell beside (Shift extends a range to merge),
 * Enter to the cell below, Backspace takes the last character, Delete
 * empties the cell, Escape or a click outside the table leaves. A column's
 * right edge in a selected table drags its width. The canvas asks
 * {@link #pressed}, {@link #dragged} and {@link #released} after text mode.
 */
public final class CanvasTableInput {
    private static final double SLOP = 4;

    private final CanvasViewModel vm;
    private final TableCellModel model;
    private final Canvas canvas;
    private final Supplier<ScreenTransform> transform;
    private final ContextMenu menu = new ContextMenu();
    /** A column width being dragged: the table, the column, its width at the press and the press's x; null when none. */
    private WidthDrag widthDrag;

    /** The column edge dragged and where it is now, page coordinates. */
    public record WidthDrag(String frameId, int col, int startWidth, int pressX, int nowX) {
        public int width() { return Math.max(1000, startWidth + nowX - pressX); }
    }

    public CanvasTableInput(CanvasViewModel vm, Canvas canvas, Supplier<ScreenTransform> transform) {
        this.vm = vm;
        this.model = vm.table();
        this.canvas = canvas;
        this.transform = transform;
    }

    public void install() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        InputMethodRequests requests = new InputMethodRequests() {
            @Override public Point2D getTextLocation(int offset) {
                return cellBox().map(r -> canvas.localToScreen(transform.get().x(r.x()), transform.get().y(r.bottom())))
                        .orElseGet(() -> canvas.localToScreen(0, 0));
            }
            @Override public int getLocationOffset(int x, int y) { return 0; }
            @Override public void cancelLatestCommittedText() { }
            @Override public String getSelectedText() { return ""; }
        };
        model.cursorProperty().addListener((o, old, now) -> {
            if ((old == null) != (now == null)) {
                canvas.setInputMethodRequests(now != null ? requests : null);
                canvas.setOnInputMethodTextChanged(now != null ? this::inputMethod : null);
                if (canvas.isFocused() && canvas.getParent() != null) {
                    canvas.getParent().requestFocus();
                    canvas.requestFocus();
                }
            }
        });
    }

    /** The column edge being dragged, for the overlay; null when none. */
    public WidthDrag widthDrag() { return widthDrag; }

    private Optional<Rect> cellBox() {
        TableCellModel.CellCursor c = model.cursor();
        if (c == null) return Optional.empty();
        return model.table().flatMap(model::layoutOf).flatMap(l -> l.cells().stream()
                .filter(b -> b.row() == c.row() && b.col() == c.col()).findFirst()).map(b -> b.box());
    }

    private int x(MouseEvent e) { return (int) Math.round(transform.get().pageX(e.getX())); }

    private int y(MouseEvent e) { return (int) Math.round(transform.get().pageY(e.getY())); }

    private int slop() { return (int) Math.round(SLOP / transform.get().scale()); }

    /** The selected table frame's id when it is the only one selected, else null. */
    private String selectedTable() {
        if (vm.selectedIds().size() != 1) return null;
        return vm.selected().filter(o -> o.kind() == FrameKind.TABLE).map(FrameOutline::frameId).orElse(null);
    }

    /** @return true when cell mode or a column-width drag took the press */
    public boolean pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return false;
        int x = x(e), y = y(e);
        String table = selectedTable();
        if (table != null && vm.toolProperty().get() == Tool.SELECT) {
            int col = model.columnEdgeAt(table, x, y, slop());
            if (col >= 0) {
                widthDrag = new WidthDrag(table, col, model.columnWidth(table, col), x, x);
                return true;
            }
        }
        if (model.active()) {
            if (model.pointAt(x, y, e.isShiftDown())) return true;
            model.leave();
            return false;
        }
        Tool tool = vm.toolProperty().get();
        boolean plain = !e.isShiftDown() && !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown();
        if (plain && ((tool == Tool.SELECT && e.getClickCount() >= 2) || tool == Tool.TEXT)) {
            Optional<FrameOutline> f = vm.frameAt(x, y, slop()).filter(o -> o.kind() == FrameKind.TABLE);
            if (f.isPresent() && !f.get().locked() && model.enter(f.get().frameId(), x, y)) return true;
        }
        return false;
    }

    public boolean dragged(MouseEvent e) {
        if (widthDrag != null) {
            widthDrag = new WidthDrag(widthDrag.frameId(), widthDrag.col(), widthDrag.startWidth(), widthDrag.pressX(), x(e));
            repaint.run();
            return true;
        }
        return model.active();
    }

    public boolean released(MouseEvent e) {
        if (widthDrag != null) {
            WidthDrag d = new WidthDrag(widthDrag.frameId(), widthDrag.col(), widthDrag.startWidth(), widthDrag.pressX(), x(e));
            widthDrag = null;
            if (d.nowX() != d.pressX()) model.setColumnWidth(d.frameId(), d.col(), d.width());
            repaint.run();
            return true;
        }
        return model.active();
    }

    private Runnable repaint = () -> { };

    /** What repaints the overlay while a width is dragged. */
    public void onRepaint(Runnable r) { this.repaint = r; }

    private void moved(MouseEvent e) {
        String table = selectedTable();
        boolean edge = table != null && vm.toolProperty().get() == Tool.SELECT
                && model.columnEdgeAt(table, x(e), y(e), slop()) >= 0;
        if (edge) canvas.setCursor(Cursor.H_RESIZE);
        else if (canvas.getCursor() == Cursor.H_RESIZE) {
            canvas.setCursor(vm.toolProperty().get() == Tool.SELECT ? Cursor.DEFAULT : Cursor.CROSSHAIR);
        }
    }

    private void keyPressed(KeyEvent e) {
        if (!model.active()) return;
        boolean shift = e.isShiftDown();
        switch (e.getCode()) {
            case ESCAPE -> model.leave();
            case TAB -> { if (shift) model.previous(); else model.next(); }
            case ENTER -> model.move(1, 0, false);
            case LEFT, KP_LEFT -> model.move(0, -1, shift);
            case RIGHT, KP_RIGHT -> model.move(0, 1, shift);
            case UP, KP_UP -> model.move(-1, 0, shift);
            case DOWN, KP_DOWN -> model.move(1, 0, shift);
            case BACK_SPACE -> model.deleteBackward();
            case DELETE -> model.clearCell();
            default -> {
                // undo, save … stay the menus'; any other key is text, its character comes as KEY_TYPED
                if (e.isShortcutDown() || e.isAltDown() || e.getCode().isFunctionKey()
                        || e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.PAGE_DOWN) return;
            }
        }
        e.consume();
    }

    private void keyTyped(KeyEvent e) {
        if (!model.active()) return;
        String ch = e.getCharacter();
        if (ch == null || ch.isEmpty() || ch.equals(KeyEvent.CHAR_UNDEFINED)) return;
        if ((e.isControlDown() && !e.isAltDown()) || e.isMetaDown()) return;
        for (int i = 0; i < ch.length(); i++) if (ch.charAt(i) < 0x20 || ch.charAt(i) == 0x7f) return;
        model.type(ch);
        e.consume();
    }

    private void inputMethod(InputMethodEvent e) {
        if (!model.active()) return;
        if (!e.getCommitted().isEmpty()) model.type(e.getCommitted());
        model.compose(e.getComposed().stream().map(InputMethodTextRun::getText).collect(Collectors.joining()));
        e.consume();
    }

    /** Right-click on a table: the cell under the pointer, and the table's row, column and merge commands. */
    private void contextMenu(ContextMenuEvent e) {
        int x = (int) Math.round(transform.get().pageX(e.getX())), y = (int) Math.round(transform.get().pageY(e.getY()));
        Optional<FrameOutline> f = vm.frameAt(x, y, slop()).filter(o -> o.kind() == FrameKind.TABLE && !o.locked());
        if (f.isEmpty()) return;
        boolean inRange = false;
        TableCellModel.CellCursor c = model.cursor();
        if (c != null && c.range() && c.frameId().equals(f.get().frameId())) {
            // a right-click inside the range keeps it, for 合并单元格
            inRange = model.table().flatMap(model::layoutOf).flatMap(l -> l.cellAt(x, y))
                    .map(b -> b.row() >= c.top() && b.row() <= c.bottom() && b.col() >= c.left() && b.col() <= c.right())
                    .orElse(false);
        }
        if (!inRange && (c == null || !model.pointAt(x, y, false))) model.enter(f.get().frameId(), x, y);
        menu.getItems().setAll(items());
        menu.show(canvas, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    /** The table commands, also for a menu of the main window. */
    public MenuItem[] items() {
        MenuItem above = item("table.rowAbove", () -> model.insertRow(false));
        MenuItem below = item("table.rowBelow", () -> model.insertRow(true));
        MenuItem delRow = item("table.deleteRow", model::removeRow);
        MenuItem left = item("table.columnLeft", () -> model.insertColumn(false));
        MenuItem right = item("table.columnRight", () -> model.insertColumn(true));
        MenuItem delCol = item("table.deleteColumn", model::removeColumn);
        MenuItem merge = item("table.merge", model::merge);
        merge.setDisable(model.cursor() == null || !model.cursor().range());
        MenuItem split = item("table.split", model::split);
        split.setDisable(!model.canSplit());
        return new MenuItem[] {above, below, delRow, new SeparatorMenuItem(), left, right, delCol,
                new SeparatorMenuItem(), merge, split};
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem m = new MenuItem(Messages.get(key));
        m.setId(key.replace('.', '-'));
        m.setOnAction(e -> action.run());
        return m;
    }
}
