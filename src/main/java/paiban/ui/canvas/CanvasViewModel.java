package paiban.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import paiban.edit.StoryTyping;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;
import paiban.ui.EditionDocument;
import paiban.ui.canvas.text.CanvasTextModel;
import paiban.ui.edit.UndoStack;

/**
 * State of the page canvas: which page, the zoom, guides and grid, the
 * selected frame and where the pointer is. No nodes; tested without a window.
 */
public final class CanvasViewModel {
    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 8.0;
    /** The steps +/- walk through, like common DTP tools. */
    static final double[] ZOOM_STEPS = {0.05, 0.0625, 0.083, 0.125, 0.167, 0.25, 0.333, 0.5, 0.667, 0.75, 1, 1.25,
            1.5, 2, 3, 4, 5, 6, 8};

    private final EditionDocument document;
    private final UndoStack undo;
    private final FrameEdits edits;
    private final FrameClipboard clipboard;
    /** The bounds a frame being dragged would get, null when nothing is dragged. */
    private final ObjectProperty<Rect> dragPreview = new SimpleObjectProperty<>(this, "dragPreview");
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex", 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 0.25);
    private final BooleanProperty showGuides = new SimpleBooleanProperty(this, "showGuides", true);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(this, "showGrid", false);
    private final StringProperty selectedFrameId = new SimpleStringProperty(this, "selectedFrameId", "");
    private final FrameSelection selection = new FrameSelection(selectedFrameId);
    /** The rubber band being dragged over the page, null when none. */
    private final ObjectProperty<Rect> rubberBand = new SimpleObjectProperty<>(this, "rubberBand");
    /** Where every moving frame of a multiple selection would land, empty when nothing is dragged. */
    private final ObjectProperty<List<Rect>> movePreview = new SimpleObjectProperty<>(this, "movePreview", List.of());
    /** The edition laid out with the dragged frames where they would land; null when nothing is dragged. */
    private final ObjectProperty<EditionLayout> liveLayout = new SimpleObjectProperty<>(this, "liveLayout");
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(this, "tool", Tool.SELECT);
    /** The frame the thread tool picked first, waiting for the frame to continue in; null when none. */
    private final ObjectProperty<FrameRef> threadFrom = new SimpleObjectProperty<>(this, "threadFrom");
    /** Pointer position on the page in millipoints, null when off the canvas. */
    private final ObjectProperty<PagePoint> pointer = new SimpleObjectProperty<>(this, "pointer");
    /** Text mode: caret and selection in the selected frame's story. */
    private final CanvasTextModel text;
    private final paiban.ui.canvas.table.TableCellModel table;

    public CanvasViewModel(EditionDocument document, UndoStack undo) {
        this.document = document;
        this.undo = undo;
        this.edits = new FrameEdits(this, document, undo);
        this.clipboard = new FrameClipboard(this, undo);
        document.layoutProperty().addListener((obs, old, now) -> keepInRange());
        pageIndex.addListener((obs, old, now) -> selectedFrameId.set(""));
        tool.addListener((obs, old, now) -> threadFrom.set(null));
        this.text = new CanvasTextModel(this, new StoryTyping(undo.history()));
        this.table = new paiban.ui.canvas.table.TableCellModel(this, undo);
        document.editionProperty().addListener((obs, old, now) -> lastEdit = old);
        undo.replaysProperty().addListener((obs, old, now) -> showReplayedPage());
    }

    /** The edition before the last edit, so an undo or redo can tell which page it changed. */
    private Edition lastEdit;

    /**
     * An undo or redo that changed another page than the one shown (a frame
     * cut on page 1, undone on page 3) shows that page, so the change is seen.
     * Text mode follows its caret instead.
     */
    private void showReplayedPage() {
        Edition before = lastEdit, now = document.edition();
        Optional<Page> shown = currentPage();
        if (before == null || text.active() || shown.isEmpty()) return;
        if (before.page(shown.get().id()).orElse(null) == shown.get()) {
            for (int i = 0; i < now.pages().size(); i++) {
                Page p = now.pages().get(i);
                if (before.page(p.id()).orElse(null) != p) {
                    showPage(i);
                    return;
                }
            }
        }
    }

    /** Text mode on this canvas (caret, selection, typing). */
    public CanvasTextModel text() { return text; }

    /** Cell mode: typing in a table's cells (issue 19). */
    public paiban.ui.canvas.table.TableCellModel table() { return table; }

    public EditionDocument document() { return document; }

    public UndoStack undoStack() { return undo; }

    /** The edits the tools make on this canvas's page and selection. */
    public FrameEdits edits() { return edits; }

    /** Frames copied on the canvas, to paste on this or another page. */
    public FrameClipboard frameClipboard() { return clipboard; }

    public ObjectProperty<Rect> dragPreviewProperty() { return dragPreview; }

    public ObjectProperty<Tool> toolProperty() { return tool; }

    public ObjectProperty<FrameRef> threadFromProperty() { return threadFrom; }

    public IntegerProperty pageIndexProperty() { return pageIndex; }

    public DoubleProperty zoomProperty() { return zoom; }

    public BooleanProperty showGuidesProperty() { return showGuides; }

    public BooleanProperty showGridProperty() { return showGrid; }

    /** The primary selected frame's id ("" for none): the frame the story editor and properties show. */
    public StringProperty selectedFrameIdProperty() { return selectedFrameId; }

    /** All selected frames of the page, back to front; always holds the primary one. */
    public ReadOnlyObjectProperty<List<String>> selectedFrameIdsProperty() { return selection.idsProperty(); }

    public List<String> selectedIds() { return selection.ids(); }

    public boolean isSelected(String frameId) { return selection.contains(frameId); }

    public ObjectProperty<Rect> rubberBandProperty() { return rubberBand; }

    public ObjectProperty<List<Rect>> movePreviewProperty() { return movePreview; }

    /** See {@link FrameEdits#showLive}: what the page looks like mid-drag; null otherwise. */
    public ObjectProperty<EditionLayout> liveLayoutProperty() { return liveLayout; }

    public ObjectProperty<PagePoint> pointerProperty() { return pointer; }

    public int pageIndex() { return pageIndex.get(); }

    public double zoom() { return zoom.get(); }

    public void setZoom(double z) { zoom.set(clamp(z)); }

    public static double clamp(double z) { return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)); }

    /** The next zoom step up ({@code in}) or down from the current zoom. */
    public double zoomStep(boolean in) {
        if (in) {
            for (double step : ZOOM_STEPS) if (step > zoom() * 1.001) return step;
            return MAX_ZOOM;
        }
        for (int i = ZOOM_STEPS.length - 1; i >= 0; i--) if (ZOOM_STEPS[i] < zoom() * 0.999) return ZOOM_STEPS[i];
        return MIN_ZOOM;
    }

    public void zoomIn() { setZoom(zoomStep(true)); }

    public void zoomOut() { setZoom(zoomStep(false)); }

    /** The zoom at which the whole page fits a viewport of the given pixels with {@code margin} around it. */
    public double fitZoom(double viewWidth, double viewHeight, double margin) {
        Optional<PageLayout> page = currentLayout();
        if (page.isEmpty() || viewWidth <= 2 * margin || viewHeight <= 2 * margin) return zoom();
        double perMpt = paiban.render.fx.ScreenTransform.PX_PER_PT / 1000.0;
        double zx = (viewWidth - 2 * margin) / (page.get().width() * perMpt);
        double zy = (viewHeight - 2 * margin) / (page.get().height() * perMpt);
        return clamp(Math.min(zx, zy));
    }

    public int pageCount() { return document.edition().pages().size(); }

    public Optional<Page> currentPage() {
        List<Page> pages = document.edition().pages();
        int i = pageIndex();
        return i >= 0 && i < pages.size() ? Optional.of(pages.get(i)) : Optional.empty();
    }

    public Optional<PageLayout> currentLayout() {
        return currentPage().flatMap(p -> document.layout().page(p.id()));
    }

    /** The current page as the canvas draws it: mid-drag as it would be after the drop, else as it is. */
    public Optional<PageLayout> shownLayout() {
        EditionLayout live = liveLayout.get();
        return live == null ? currentLayout() : currentPage().flatMap(p -> live.page(p.id()));
    }

    /**
     * The outlines as the canvas draws them: mid-drag, each frame where it
     * would land and with the overset it would have there (超 N 字 follows a
     * frame resized to copyfit); else {@link #outlines()}.
     */
    public List<FrameOutline> shownOutlines() {
        List<FrameOutline> now = outlines();
        if (liveLayout.get() == null) return now;
        List<FrameInfo> infos = shownLayout().map(PageLayout::frames).orElse(List.of());
        List<FrameOutline> out = new ArrayList<>(now.size());
        for (FrameOutline o : now) {
            FrameInfo info = infos.stream().filter(i -> i.frameId().equals(o.frameId())).findFirst().orElse(null);
            out.add(info == null ? o : new FrameOutline(o.frameId(), o.kind(), info.bounds(), info.oversetChars(), o.locked()));
        }
        return out;
    }

    public Optional<PageTemplate> template() {
        Edition e = document.edition();
        return currentPage().map(e::templateOf);
    }

    /** The outlines of the current page's frames, back to front, with overset from the layout. */
    public List<FrameOutline> outlines() {
        Optional<Page> page = currentPage();
        if (page.isEmpty()) return List.of();
        List<FrameInfo> infos = currentLayout().map(PageLayout::frames).orElse(List.of());
        List<FrameOutline> out = new ArrayList<>();
        for (Frame f : page.get().frames()) {
            int overset = 0;
            for (FrameInfo info : infos) if (info.frameId().equals(f.id())) overset = info.oversetChars();
            out.add(new FrameOutline(f.id(), FrameKinds.of(f), f.bounds(), overset, f.locked()));
        }
        return out;
    }

    /**
     * The topmost frame at a page point, with {@code tolerance} millipoints
     * of slack so hairline rules can be hit.
     */
    public Optional<FrameOutline> frameAt(int x, int y, int tolerance) {
        List<FrameOutline> all = outlines();
        for (int i = all.size() - 1; i >= 0; i--) {
            Rect r = all.get(i).bounds().grow(tolerance);
            if (r.contains(x, y)) return Optional.of(all.get(i));
        }
        return Optional.empty();
    }

    public Optional<FrameOutline> selected() {
        String id = selectedFrameId.get();
        if (id == null || id.isEmpty()) return Optional.empty();
        return outlines().stream().filter(o -> o.frameId().equals(id)).findFirst();
    }

    /** The selected frames' outlines, back to front. */
    public List<FrameOutline> selection() {
        return outlines().stream().filter(o -> selection.contains(o.frameId())).toList();
    }

    /** The box around all selected frames, empty when nothing is selected. */
    public Optional<Rect> selectionBounds() {
        return bounding(selection().stream().map(FrameOutline::bounds).toList());
    }

    /**
     * The box whose handles resize: the selected frame, or the box around a
     * multiple selection (scaling it scales every frame in it). Empty when a
     * drag of a handle would change nothing: nothing selected, every selected
     * frame locked, or text mode, where the text tool does not resize.
     */
    public Optional<Rect> resizeBox() {
        List<FrameOutline> selected = selection();
        if (text.active() || selected.stream().allMatch(FrameOutline::locked)) return Optional.empty();
        return bounding(selected.stream().map(FrameOutline::bounds).toList());
    }

    /** The smallest rectangle holding all of {@code rects}; empty for none. */
    public static Optional<Rect> bounding(List<Rect> rects) {
        if (rects.isEmpty()) return Optional.empty();
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;
        for (Rect r : rects) {
            x0 = Math.min(x0, r.x());
            y0 = Math.min(y0, r.y());
            x1 = Math.max(x1, r.right());
            y1 = Math.max(y1, r.bottom());
        }
        return Optional.of(new Rect(x0, y0, x1 - x0, y1 - y0));
    }

    /**
     * A click at a page point: selects the frame there, with the rest of its
     * group, or nothing on empty page.
     */
    public void selectAt(int x, int y, int tolerance) {
        Optional<FrameOutline> hit = frameAt(x, y, tolerance);
        if (hit.isEmpty()) selection.clear();
        else selection.set(withGroups(List.of(hit.get().frameId())), hit.get().frameId());
    }

    /** Ctrl+click: selects just the frame at a page point, even inside a group. */
    public void selectSingleAt(int x, int y, int tolerance) {
        Optional<FrameOutline> hit = frameAt(x, y, tolerance);
        if (hit.isEmpty()) selection.clear();
        else selection.set(List.of(hit.get().frameId()), hit.get().frameId());
    }

    /**
     * Shift+click: adds the frame at a page point (with its group, unless
     * {@code single}) to the selection, or takes it out when it is selected.
     */
    public void toggleAt(int x, int y, int tolerance, boolean single) {
        Optional<FrameOutline> hit = frameAt(x, y, tolerance);
        if (hit.isEmpty()) return;
        String id = hit.get().frameId();
        List<String> affected = single ? List.of(id) : withGroups(List.of(id));
        List<String> now = new ArrayList<>(selection.ids());
        if (selection.contains(id)) {
            now.removeAll(affected);
            String primary = now.contains(selection.primary()) ? selection.primary() : "";
            selection.set(inPageOrder(now), primary);
        } else {
            now.addAll(affected);
            selection.set(inPageOrder(now), id);
        }
    }

    /**
     * Selects the frames a rubber band touches or encloses (as InDesign does:
     * touching is enough), with their groups; {@code add} keeps the frames
     * selected before (Shift). The topmost touched frame becomes the primary.
     */
    public void selectTouching(Rect band, boolean add) {
        List<String> touched = new ArrayList<>();
        for (FrameOutline o : outlines()) if (touches(band, o.bounds())) touched.add(o.frameId());
        List<String> now = new ArrayList<>(add ? selection.ids() : List.of());
        now.addAll(withGroups(touched));
        String primary = touched.isEmpty() ? selection.primary() : touched.get(touched.size() - 1);
        selection.set(inPageOrder(now), primary);
    }

    /** Edges that meet count, so a band drawn up to a hairline rule picks it. */
    static boolean touches(Rect a, Rect b) {
        return a.x() <= b.right() && b.x() <= a.right() && a.y() <= b.bottom() && b.y() <= a.bottom();
    }

    /** Ctrl+A: every frame of the page; the primary stays when it was selected. */
    public void selectAll() {
        selection.set(outlines().stream().map(FrameOutline::frameId).toList(), selection.primary());
    }

    public void clearSelection() { selection.clear(); }

    /** Makes {@code ids} the selection, {@code primary} the primary frame (the last id when it is not among them). */
    public void select(List<String> ids, String primary) {
        selection.set(inPageOrder(ids), primary);
    }

    /** Makes a selected frame the primary one (the frame pressed to drag a selection), keeping the others. */
    public void makePrimary(String frameId) { selection.makePrimary(frameId); }

    /** {@code ids} and every frame of the page sharing a group with one of them, back to front. */
    public List<String> withGroups(List<String> ids) {
        Optional<Page> page = currentPage();
        if (page.isEmpty()) return List.copyOf(ids);
        java.util.Set<String> groups = new java.util.HashSet<>();
        for (Frame f : page.get().frames()) if (ids.contains(f.id()) && !f.group().isEmpty()) groups.add(f.group());
        List<String> out = new ArrayList<>();
        for (Frame f : page.get().frames()) if (ids.contains(f.id()) || groups.contains(f.group())) out.add(f.id());
        return out;
    }

    private List<String> inPageOrder(List<String> ids) {
        Optional<Page> page = currentPage();
        if (page.isEmpty()) return List.of();
        return page.get().frames().stream().map(Frame::id).filter(ids::contains).toList();
    }

    public void showPage(int index) {
        if (index >= 0 && index < pageCount()) pageIndex.set(index);
    }

    /** The chain of the selected frame's story, link by link, as far as it touches the current page. */
    public List<ThreadLink> threadLinks() {
        Optional<Page> page = currentPage();
        String id = selectedFrameId.get();
        if (page.isEmpty() || id == null || id.isEmpty()) return List.of();
        Edition e = document.edition();
        Optional<Story> story = e.storyOfFrame(id);
        if (story.isEmpty()) return List.of();
        List<FrameRef> chain = story.get().chain();
        String here = page.get().id();
        List<ThreadLink> out = new ArrayList<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            FrameRef a = chain.get(i), b = chain.get(i + 1);
            boolean aHere = a.pageId().equals(here), bHere = b.pageId().equals(here);
            if (!aHere && !bHere) continue;
            Rect from = aHere ? e.frame(a).map(Frame::bounds).orElse(null) : null;
            Rect to = bHere ? e.frame(b).map(Frame::bounds).orElse(null) : null;
            if ((aHere && from == null) || (bHere && to == null)) continue; // a broken link: preflight reports it
            String other = aHere && bHere ? "" : e.page(aHere ? b.pageId() : a.pageId())
                    .map(p -> PageNames.fullName(e, p)).orElse("?");
            out.add(new ThreadLink(from, to, other));
        }
        return out;
    }

    private void keepInRange() {
        int n = pageCount();
        if (pageIndex() >= n) pageIndex.set(Math.max(0, n - 1));
        Optional<Page> page = currentPage();
        selection.retain(id -> page.flatMap(p -> p.frame(id)).isPresent());
        if (selected().isEmpty()) selectedFrameId.set("");
    }
}
