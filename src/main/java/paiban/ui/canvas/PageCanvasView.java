package paiban.ui.canvas;

import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundImage;
import javafx.scene.layout.BackgroundPosition;
import javafx.scene.layout.BackgroundRepeat;
import javafx.scene.layout.BackgroundSize;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import paiban.layout.PageLayout;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.render.fx.ScreenTransform;
import paiban.ui.UiFonts;
import paiban.ui.canvas.text.TextPainter;

/**
 * The page canvas: draws the current page's layout and the editor overlay
 * into a canvas the size of the viewport (so 800 % zoom costs no more
 * memory than 25 %), scrolled by two scroll bars. Input is handled by
 * {@link CanvasBehavior} beside it.
 */
public final class PageCanvasView extends BorderPane {
    /** Keeps the photos drawn in step with their files. */
    private PlacedImageFollower images;
    /** Desk space around the page, pixels. */
    public static final double MARGIN = 24;

    private final CanvasViewModel vm;
    /** A background that draws nothing: see {@link #markOpaque}. */
    private static final WritableImage NOTHING = new WritableImage(1, 1);
    private final Pane host = new Pane();
    /** The printed page, redrawn only when the layout, zoom, scroll or size change. */
    private final Canvas pageLayer = new Canvas();
    /** Guides, outlines, selection and drag feedback on top; takes the input. */
    private final Canvas canvas = new Canvas();
    private final Canvas topRuler = new Canvas(0, RulerPainter.SIZE);
    private final Canvas leftRuler = new Canvas(RulerPainter.SIZE, 0);
    /** The pointer's mark above each ruler, redrawn alone as the pointer moves. */
    private final Canvas topMarker = new Canvas(0, RulerPainter.SIZE);
    private final Canvas leftMarker = new Canvas(RulerPainter.SIZE, 0);
    /** What the rulers were last drawn for; they are drawn again only when it changes. */
    private Object rulersDrawnFor;
    private final Font rulerFont = UiFonts.sans(9);
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Font markerFont = UiFonts.sans(12);
    private final Font emptyFont = UiFonts.sans(16);
    private boolean redrawPending;
    private boolean pageDirty = true;
    /** The shown layout changed by a drag step: the page layer repaints what differs. */
    private boolean layoutDirty;
    /** The document's {@code readsOfFiles()} when its layout was last painted. */
    private int readsPainted;
    private final PageLayer page;
    /** Held here, weakly by {@code AdRaster}: the view draws again when a placed ad's new version is rendered. */
    private final Runnable adVersion = () -> Platform.runLater(this::redrawPage);
    private boolean fitPending = true;
    /** True until the user zooms or scrolls: the page then follows the window's size. */
    private boolean autoFit = true;
    private List<FrameOutline> lastDrawn = List.of();
    /** Cell mode's input, whose column-width drag the overlay shows; set by the behaviour. */
    paiban.ui.canvas.table.CanvasTableInput tableInput;

    public PageCanvasView(CanvasViewModel vm) {
        this.vm = vm;
        this.page = new PageLayer(pageLayer, emptyFont, () -> Platform.runLater(this::redrawPage));
        getStyleClass().add("page-canvas");
        vbar.setOrientation(Orientation.VERTICAL);
        host.getChildren().addAll(pageLayer, canvas);
        host.setMinSize(0, 0);
        // opaque without a fill of its own: the page layer paints every pixel of it (the desk first), so
        // the scene graph starts a step's repaint here, neither under it (where the window's cached 9-slice
        // backgrounds were scaled over the whole view every frame) nor with a desk fill the layer covers
        markOpaque(host);
        canvas.setFocusTraversable(true);
        for (Canvas c : new Canvas[] {pageLayer, canvas}) {
            c.widthProperty().bind(host.widthProperty());
            c.heightProperty().bind(host.heightProperty());
        }
        // rulers live in plain panes so a canvas's fixed size never drives the grid's layout
        Pane topHost = new Pane(topRuler, topMarker), leftHost = new Pane(leftRuler, leftMarker);
        topMarker.setMouseTransparent(true);
        leftMarker.setMouseTransparent(true);
        topMarker.widthProperty().bind(topRuler.widthProperty());
        leftMarker.heightProperty().bind(leftRuler.heightProperty());
        topHost.setMinSize(0, RulerPainter.SIZE);
        topHost.setPrefHeight(RulerPainter.SIZE);
        leftHost.setMinSize(RulerPainter.SIZE, 0);
        leftHost.setPrefWidth(RulerPainter.SIZE);
        topRuler.widthProperty().bind(topHost.widthProperty());
        leftRuler.heightProperty().bind(leftHost.heightProperty());
        topRuler.widthProperty().addListener(o -> paintRulers());
        leftRuler.heightProperty().addListener(o -> paintRulers());
        Region corner = new Region();
        corner.setStyle("-fx-background-color: #f1f2f4;");
        corner.setPrefSize(RulerPainter.SIZE, RulerPainter.SIZE);
        GridPane grid = new GridPane();
        // every pixel of it is drawn opaque (corner, rulers, page layer): a drag step's repaint, which
        // takes in the rulers' pointer marks, then starts at this grid and paints nothing under it
        markOpaque(grid);
        grid.add(corner, 0, 0);
        grid.add(topHost, 1, 0);
        grid.add(leftHost, 0, 1);
        grid.add(host, 1, 1);
        GridPane.setHgrow(host, Priority.ALWAYS);
        GridPane.setVgrow(host, Priority.ALWAYS);
        host.setPrefSize(400, 400);
        topHost.setPrefWidth(0);
        leftHost.setPrefHeight(0);
        setCenter(grid);
        setRight(vbar);
        setBottom(hbar);
        vbar.setMinWidth(Region.USE_PREF_SIZE);

        host.widthProperty().addListener(o -> viewportChanged());
        host.heightProperty().addListener(o -> viewportChanged());
        hbar.valueProperty().addListener(o -> redrawPage());
        vbar.valueProperty().addListener(o -> redrawPage());
        vm.zoomProperty().addListener(o -> { updateScrollBars(); redrawPage(); });
        vm.pageIndexProperty().addListener(o -> { updateScrollBars(); redrawPage(); });
        vm.showGuidesProperty().addListener(o -> scheduleRedraw());
        vm.showGridProperty().addListener(o -> redrawPage()); // the grid lies under the text
        vm.selectedFrameIdProperty().addListener(o -> scheduleRedraw());
        vm.selectedFrameIdsProperty().addListener(o -> scheduleRedraw());
        vm.rubberBandProperty().addListener(o -> scheduleRedraw());
        vm.movePreviewProperty().addListener(o -> scheduleRedraw());
        vm.liveLayoutProperty().addListener(o -> relayout());
        vm.dragPreviewProperty().addListener(o -> scheduleRedraw());
        vm.threadFromProperty().addListener(o -> scheduleRedraw());
        vm.text().caretProperty().addListener(o -> scheduleRedraw());
        vm.text().composingProperty().addListener(o -> scheduleRedraw());
        vm.table().cursorProperty().addListener(o -> scheduleRedraw());
        vm.table().composingProperty().addListener(o -> scheduleRedraw());
        vm.pointerProperty().addListener(o -> paintMarkers());
        // a document layout made from files read again (a photo or ad replaced, 刷新, another edition) may
        // have marks equal to the old ones: painted whole; after an edit (typing, a drop, undo) and on each
        // step of a drag, only the marks that differ are painted
        vm.document().layoutProperty().addListener(o -> {
            updateScrollBars();
            int reads = vm.document().readsOfFiles();
            if (reads != readsPainted) {
                readsPainted = reads;
                redrawPage();
            } else {
                relayout();
            }
        });
        vm.document().openedProperty().addListener(o -> fitPage());

        new CanvasBehavior(this, vm).install();
        new PlacedAdFollower(vm, this::redrawPage).start();
        // a thumbnail may render a changed ad file first: the canvas then draws its new version too
        paiban.render.placed.AdRaster.whenNewVersion(adVersion);
        images = new PlacedImageFollower(vm);
        images.start();
    }

    /** Looks at the page's photo files now, as the timer does every two seconds; true when the page was composed again. */
    public boolean followImageFiles() { return images.check(); }

    /** The top canvas, which takes pointer and keys. */
    public Canvas canvas() { return canvas; }

    /** Both layers together, for snapshots of what the user sees. */
    public Pane viewport() { return host; }

    public ScrollBar horizontalBar() { return hbar; }

    public ScrollBar verticalBar() { return vbar; }

    /** The outlines drawn in the last paint, back to front. */
    public List<FrameOutline> drawnOutlines() { return lastDrawn; }

    /** Zooms so the whole page shows, centred. */
    public void fitPage() {
        if (host.getWidth() <= 0 || host.getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        vm.setZoom(vm.fitZoom(host.getWidth(), host.getHeight(), MARGIN));
        autoFit = true;
        updateScrollBars();
        // the range is symmetric about the centred page
        hbar.setValue((hbar.getMin() + hbar.getMax()) / 2);
        vbar.setValue((vbar.getMin() + vbar.getMax()) / 2);
    }

    /**
     * The page-to-screen transform of the current scroll position and zoom:
     * a bar's value v puts the page's edge at MARGIN − v (see configure).
     */
    public ScreenTransform transform() {
        double s = ScreenTransform.zoom(vm.zoom(), 0, 0).scale();
        return new ScreenTransform(s, MARGIN - hbar.getValue(), MARGIN - vbar.getValue());
    }

    /**
     * Zooms to {@code zoom} keeping the page point under the canvas pixel
     * (px, py) where it is, as Ctrl+wheel does.
     */
    public void zoomAround(double zoom, double px, double py) {
        autoFit = false;
        ScreenTransform before = transform();
        double pageX = before.pageX(px), pageY = before.pageY(py);
        vm.setZoom(zoom);
        updateScrollBars();
        double s = transform().scale();
        hbar.setValue(clamp(hbar, MARGIN + pageX * s - px));
        vbar.setValue(clamp(vbar, MARGIN + pageY * s - py));
        scheduleRedraw();
    }

    /**
     * One zoom step in or out about the selection's middle when it is in
     * view, as InDesign does, so + goes to what is being worked on; else
     * about the middle of the view.
     */
    public void zoomStep(boolean in) {
        double px = host.getWidth() / 2, py = host.getHeight() / 2;
        Optional<Rect> box = vm.selectionBounds();
        if (box.isPresent()) {
            ScreenTransform at = transform();
            double sx = at.x(box.get().x() + box.get().width() / 2), sy = at.y(box.get().y() + box.get().height() / 2);
            if (sx >= 0 && sx <= host.getWidth() && sy >= 0 && sy <= host.getHeight()) {
                px = sx;
                py = sy;
            }
        }
        zoomAround(vm.zoomStep(in), px, py);
    }

    /**
     * The handle under a canvas pixel of the selected frame or, for several,
     * of the box around them (see FrameEdits.TOP_LEFT …); -1 for none.
     */
    public int handleAt(double px, double py) {
        Optional<Rect> box = vm.resizeBox();
        if (box.isEmpty()) return -1;
        double[][] points = OverlayPainter.handlePoints(transform(), box.get());
        double reach = OverlayPainter.HANDLE / 2 + 2;
        for (int i = 0; i < points.length; i++) {
            if (Math.abs(points[i][0] - px) <= reach && Math.abs(points[i][1] - py) <= reach) return i;
        }
        return -1;
    }

    /** Moves the view by pixels, as space-drag and the wheel do. */
    public void scrollBy(double dx, double dy) {
        autoFit = false;
        hbar.setValue(clamp(hbar, hbar.getValue() + dx));
        vbar.setValue(clamp(vbar, vbar.getValue() + dy));
    }

    private static double clamp(ScrollBar bar, double v) {
        return Math.max(bar.getMin(), Math.min(bar.getMax(), v));
    }

    private void viewportChanged() {
        if (fitPending || autoFit) fitPage();
        updateScrollBars();
        redrawPage();
    }

    private void redrawPage() {
        pageDirty = true;
        scheduleRedraw();
    }

    private void relayout() {
        layoutDirty = true;
        scheduleRedraw();
    }

    /** Paints the whole page now, as after a zoom (tests compare it with what the steps painted). */
    void paintFully() {
        pageDirty = true;
        paint();
    }

    /** The printed page's layer alone, without the overlay (tests). */
    Canvas pageCanvas() { return pageLayer; }

    /** The page layout the page layer has painted (benchmarks: has a step been drawn?), null when none. */
    public PageLayout paintedPage() { return page.shown(); }

    /** Rectangles the last page paint drew, -1 when it drew everything (tests). */
    int lastPageRegions() { return page.lastRegions(); }

    private void updateScrollBars() {
        double s = ScreenTransform.zoom(vm.zoom(), 0, 0).scale();
        Optional<PageLayout> page = vm.currentLayout();
        double cw = page.map(p -> p.width() * s).orElse(0.0);
        double ch = page.map(p -> p.height() * s).orElse(0.0);
        configure(hbar, cw, host.getWidth());
        configure(vbar, ch, host.getHeight());
    }

    /**
     * The range of a bar is the pasteboard, as in InDesign: the page may go
     * half a view past its margins, whether it is larger or smaller than the
     * view, so a zoom keeps the point under the pointer instead of snapping
     * a small page back to the middle.
     */
    private static void configure(ScrollBar bar, double page, double view) {
        double slack = view / 2;
        // v = MARGIN − page edge; the edge goes from the near margin to where the page ends at the far one
        double nearEdge = MARGIN, farEdge = view - page - MARGIN;
        bar.setMin(MARGIN - Math.max(nearEdge, farEdge) - slack);
        bar.setMax(MARGIN - Math.min(nearEdge, farEdge) + slack);
        double range = bar.getMax() - bar.getMin();
        // the thumb shows the visible share of view and range together
        bar.setVisibleAmount(range * view / (view + range));
        bar.setUnitIncrement(40);
        bar.setBlockIncrement(Math.max(40, view * 0.9));
        bar.setValue(clamp(bar, bar.getValue()));
    }

    /**
     * Tells the scene graph that {@code pane}'s children draw every pixel of it opaque, so a
     * repaint of the view starts there and paints nothing under it. JavaFX takes opaque insets
     * only from a region with a background; a fill, even a transparent one, costs a pass over
     * every pixel of the view each frame, so the background is one transparent pixel.
     */
    private static void markOpaque(Region pane) {
        pane.setBackground(new Background(new BackgroundImage(NOTHING, BackgroundRepeat.NO_REPEAT,
                BackgroundRepeat.NO_REPEAT, BackgroundPosition.DEFAULT, BackgroundSize.DEFAULT)));
        pane.setOpaqueInsets(new Insets(0));
    }

    /** Coalesces the many property changes of one gesture into one paint. */
    void scheduleRedraw() {
        if (redrawPending) return;
        redrawPending = true;
        Platform.runLater(() -> {
            redrawPending = false;
            paint();
        });
    }

    /** Paints now; normally {@link #scheduleRedraw()} does. */
    public void paint() {
        if (pageDirty || layoutDirty) paintPage(pageDirty);
        pageDirty = false;
        layoutDirty = false;
        paintOverlay();
        paintRulers();
    }

    private void paintRulers() {
        GraphicsContext top = topRuler.getGraphicsContext2D();
        GraphicsContext left = leftRuler.getGraphicsContext2D();
        Optional<PageTemplate> t = vm.template();
        if (t.isEmpty() || vm.currentLayout().isEmpty()) {
            rulersDrawnFor = null;
            // filled, not cleared: the grid around them is marked opaque
            RulerPainter.blank(top, topRuler.getWidth(), topRuler.getHeight());
            RulerPainter.blank(left, leftRuler.getWidth(), leftRuler.getHeight());
            paintMarkers();
            return;
        }
        ScreenTransform at = transform();
        List<Object> key = List.of(at, t.get(), topRuler.getWidth(), leftRuler.getHeight());
        if (!key.equals(rulersDrawnFor)) {
            rulersDrawnFor = key;
            RulerPainter.horizontal(top, topRuler.getWidth(), at, t.get(), null, rulerFont);
            RulerPainter.vertical(left, leftRuler.getHeight(), at, t.get(), null, rulerFont);
        }
        paintMarkers();
    }

    private void paintMarkers() {
        PagePoint p = vm.currentLayout().isPresent() ? vm.pointerProperty().get() : null;
        ScreenTransform at = transform();
        RulerPainter.marker(topMarker.getGraphicsContext2D(), topMarker.getWidth(), true, p == null ? null : at.x(p.x()));
        RulerPainter.marker(leftMarker.getGraphicsContext2D(), leftMarker.getHeight(), false, p == null ? null : at.y(p.y()));
    }

    private void paintPage(boolean full) {
        Optional<PageLayout> layout = vm.shownLayout();
        if (layout.isEmpty()) lastDrawn = List.of();
        Optional<PageTemplate> template = vm.template();
        boolean grid = vm.showGridProperty().get() && template.isPresent();
        page.paint(layout, transform(), grid ? template.get() : null, full);
    }

    private void paintOverlay() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Optional<PageTemplate> template = vm.template();
        if (vm.currentLayout().isEmpty() || template.isEmpty()) {
            lastDrawn = List.of();
            return;
        }
        ScreenTransform at = transform();
        OverlayPainter overlay = new OverlayPainter(gc, at);
        if (vm.showGuidesProperty().get()) overlay.guides(template.get());
        vm.currentPage().ifPresent(overlay::wraps);
        List<FrameOutline> outlines = vm.shownOutlines();
        boolean several = vm.selectedIds().size() > 1;
        for (FrameOutline o : outlines) overlay.outline(o, vm.isSelected(o.frameId()));
        String primary = vm.selectedFrameIdProperty().get();
        if (several) for (FrameOutline o : vm.selection()) overlay.highlight(o.bounds(), o.frameId().equals(primary));
        for (ThreadLink link : vm.threadLinks()) overlay.thread(link, markerFont);
        var from = vm.threadFromProperty().get();
        if (from != null && vm.currentPage().map(p -> p.id().equals(from.pageId())).orElse(false)) {
            outlines.stream().filter(o -> o.frameId().equals(from.frameId())).findFirst()
                    .ifPresent(o -> overlay.threadSource(o.bounds()));
        }
        for (FrameOutline o : outlines) if (o.oversetChars() > 0) overlay.overset(o, markerFont);
        Rect preview = vm.dragPreviewProperty().get();
        List<Rect> moving = vm.movePreviewProperty().get();
        if (several && !moving.isEmpty()) overlay.groupPreview(moving);
        else if (preview != null) overlay.preview(preview);
        else if (several) vm.selectionBounds().ifPresent(box -> overlay.selectionBox(box, vm.resizeBox().isPresent()));
        // typing in a frame, or a locked one: handles would promise a resize that does not happen
        else if (!vm.text().active() && !vm.table().active()) vm.selected().ifPresent(o -> {
            if (o.locked()) overlay.selectionBox(o.bounds(), false);
            else overlay.handles(o.bounds());
        });
        Rect band = vm.rubberBandProperty().get();
        if (band != null) overlay.rubberBand(band);
        TextPainter.paint(gc, at, vm.text(), vm.currentPage().map(p -> p.id()).orElse(null));
        if (tableInput != null) {
            paiban.ui.canvas.table.TablePainter.paint(gc, at, vm.table(), tableInput,
                    vm.currentPage().map(p -> p.id()).orElse(null));
        }
        lastDrawn = List.copyOf(overlay.drawn());
    }
}
