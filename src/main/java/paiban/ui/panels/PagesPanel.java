package paiban.ui.panels;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import paiban.ui.Messages;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import paiban.layout.PageLayout;
import paiban.render.LayoutWalker;
import paiban.render.fx.FxPainter;
import paiban.render.fx.ScreenTransform;

/**
 * Thumbnails of the edition's pages, drawn from the real layout; a click
 * shows the page, dragging a thumbnail onto another moves the page there.
 */
public final class PagesPanel extends ListView<PageItem> {
    public static final double THUMB_WIDTH = 120;

    private final PagesViewModel vm;
    private boolean syncing;

    public PagesPanel(PagesViewModel vm) {
        super(vm.items());
        this.vm = vm;
        getStyleClass().add("pages-panel");
        setPrefWidth(THUMB_WIDTH + 44);
        setMinWidth(THUMB_WIDTH + 30);
        setCellFactory(lv -> new ThumbnailCell(later));
        getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!syncing && now.intValue() >= 0) vm.select(now.intValue());
        });
        vm.currentProperty().addListener((obs, old, now) -> showCurrent());
        installReorder();
        relabel();
        vm.items().addListener((javafx.collections.ListChangeListener<PageItem>) c -> showCurrent());
        showCurrent();
    }

    /** The context menu in the current interface language. */
    public void relabel() {
        MenuItem add = new MenuItem(Messages.get("menu.page.add"));
        add.setOnAction(e -> vm.addPageAfterCurrent());
        MenuItem delete = new MenuItem(Messages.get("menu.page.delete"));
        delete.setOnAction(e -> vm.deleteCurrent());
        setContextMenu(new ContextMenu(add, delete));
    }

    private void showCurrent() {
        syncing = true;
        try {
            int i = vm.currentProperty().get();
            if (i >= 0 && i < getItems().size()) {
                getSelectionModel().select(i);
                scrollTo(i);
            }
        } finally {
            syncing = false;
        }
    }

    private int dragFrom = -1;
    private int dropAt = -1;

    /** Drag a thumbnail onto another to move the page there (Alt+↑/↓ does the same from the keyboard). */
    private void installReorder() {
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            dragFrom = cellIndexAt(e.getSceneX(), e.getSceneY());
            dropAt = -1;
        });
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragFrom < 0) return;
            int over = cellIndexAt(e.getSceneX(), e.getSceneY());
            markDropTarget(over != dragFrom ? over : -1);
            setCursor(over >= 0 && over != dragFrom ? Cursor.MOVE : Cursor.DEFAULT);
        });
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            int from = dragFrom, to = dropAt;
            dragFrom = -1;
            markDropTarget(-1);
            setCursor(Cursor.DEFAULT);
            if (from >= 0 && to >= 0 && from != to) {
                vm.movePage(from, to);
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isAltDown()) return;
            int i = vm.currentProperty().get();
            if (e.getCode() == KeyCode.UP) { vm.movePage(i, i - 1); e.consume(); }
            if (e.getCode() == KeyCode.DOWN) { vm.movePage(i, i + 1); e.consume(); }
        });
    }

    private void markDropTarget(int index) {
        dropAt = index;
        for (Node n : lookupAll(".list-cell")) {
            ListCell<?> cell = (ListCell<?>) n;
            cell.pseudoClassStateChanged(DROP_TARGET, index >= 0 && cell.getIndex() == index && !cell.isEmpty());
        }
    }

    /** The index of the non-empty cell under a scene point, or -1. */
    private int cellIndexAt(double sceneX, double sceneY) {
        for (Node n : lookupAll(".list-cell")) {
            ListCell<?> cell = (ListCell<?>) n;
            if (cell.isEmpty() || !cell.isVisible()) continue;
            Point2D p = cell.sceneToLocal(sceneX, sceneY);
            if (p != null && cell.contains(p)) return cell.getIndex();
        }
        return -1;
    }

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    /** Draws a page small: the same painter as the canvas, with text greeked. */
    public static Canvas thumbnail(PageLayout page, double width) {
        double scale = width / page.width();
        Canvas c = new Canvas(Math.round(width), Math.round(page.height() * scale));
        // a placed ad PDF is rendered in the background: the thumbnail draws itself again when it is there
        draw(c, page, scale, () -> javafx.application.Platform.runLater(() -> draw(c, page, scale, () -> { })));
        return c;
    }

    private static void draw(Canvas c, PageLayout page, double scale, Runnable whenAdReady) {
        GraphicsContext gc = c.getGraphicsContext2D();
        LayoutWalker.walk(page, new FxPainter(gc, new ScreenTransform(scale, 0, 0), Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, whenAdReady));
        gc.setStroke(Color.gray(0.55));
        gc.setLineWidth(1);
        gc.strokeRect(0.5, 0.5, c.getWidth() - 1, c.getHeight() - 1);
    }

    /**
     * Thumbnails of pages that changed, drawn again once the document has been still for a moment:
     * a page's thumbnail is the whole page painted small (a few milliseconds for a full front page),
     * which every keystroke and every drop would otherwise pay on the FX thread at once.
     */
    private final ThumbnailsLater later = new ThumbnailsLater();

    private static final class ThumbnailsLater {
        private final java.util.Set<ThumbnailCell> waiting = new java.util.LinkedHashSet<>();
        private final paiban.ui.WhenStill still = new paiban.ui.WhenStill(javafx.util.Duration.millis(250), () -> {
            List<ThumbnailCell> now = List.copyOf(waiting);
            waiting.clear();
            for (ThumbnailCell c : now) c.drawAgain();
        });

        void ask(ThumbnailCell cell) {
            waiting.add(cell);
            still.ask();
        }
    }

    private static final class ThumbnailCell extends ListCell<PageItem> {
        private final VBox box = new VBox(4);
        private final Label caption = new Label();
        private final ThumbnailsLater later;
        private PageLayout drawn;

        ThumbnailCell(ThumbnailsLater later) {
            this.later = later;
            box.setAlignment(Pos.CENTER);
            caption.getStyleClass().add("page-caption");
            setAlignment(Pos.CENTER);
        }

        /** The page as it is now, when it changed since the thumbnail was drawn. */
        void drawAgain() {
            PageItem item = getItem();
            if (isEmpty() || item == null || item.layout() == drawn || item.layout() == null) return;
            drawn = item.layout();
            box.getChildren().setAll(thumbnail(drawn, THUMB_WIDTH), caption);
        }

        @Override
        protected void updateItem(PageItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                drawn = null;
                return;
            }
            caption.setText(PagesViewModel.caption(item));
            if (drawn != null && item.layout() != null && item.layout() != drawn && box.getChildren().size() == 2
                    && drawn.pageId().equals(item.layout().pageId())) {
                // the same page edited: the old picture stays until the document is still
                later.ask(this);
            } else if (item.layout() != drawn || box.getChildren().isEmpty()) {
                drawn = item.layout();
                box.getChildren().setAll();
                if (drawn != null) box.getChildren().add(thumbnail(drawn, THUMB_WIDTH));
                box.getChildren().add(caption);
            }
            setText(null);
            setGraphic(box);
        }
    }
}
