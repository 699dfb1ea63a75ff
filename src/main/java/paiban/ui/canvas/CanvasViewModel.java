package paiban.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import paiban.layout.FrameInfo;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.PageNames;
import paiban.model.frame.Frame;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;
import paiban.ui.EditionDocument;
import paiban.layout.FrameKind;
import paiban.model.story.Paragraph;
import paiban.model.style.StyleSheet;
import paiban.ui.edit.AddFrame;
import paiban.ui.edit.AddStory;
import paiban.ui.edit.Change;
import paiban.ui.edit.ReplaceStory;
import paiban.ui.edit.ReorderFrame;
import paiban.ui.edit.ReplaceFrame;
import paiban.ui.edit.DeleteFrame;
import paiban.ui.edit.GridSnap;
import paiban.ui.edit.MoveFrame;
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
    /** The bounds a frame being dragged would get, null when nothing is dragged. */
    private final ObjectProperty<Rect> dragPreview = new SimpleObjectProperty<>(this, "dragPreview");
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex", 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 0.25);
    private final BooleanProperty showGuides = new SimpleBooleanProperty(this, "showGuides", true);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(this, "showGrid", false);
    private final StringProperty selectedFrameId = new SimpleStringProperty(this, "selectedFrameId", "");
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(this, "tool", Tool.SELECT);
    /** The frame the thread tool picked first, waiting for the frame to continue in; null when none. */
    private final ObjectProperty<FrameRef> threadFrom = new SimpleObjectProperty<>(this, "threadFrom");
    /** Pointer position on the page in millipoints, null when off the canvas. */
    private final ObjectProperty<PagePoint> pointer = new SimpleObjectProperty<>(this, "pointer");

    public CanvasViewModel(EditionDocument document, UndoStack undo) {
        this.document = document;
        this.undo = undo;
        document.layoutProperty().addListener((obs, old, now) -> keepInRange());
        pageIndex.addListener((obs, old, now) -> selectedFrameId.set(""));
        tool.addListener((obs, old, now) -> threadFrom.set(null));
    }

    public EditionDocument document() { return document; }

    public UndoStack undoStack() { return undo; }

    public ObjectProperty<Rect> dragPreviewProperty() { return dragPreview; }

    public ObjectProperty<Tool> toolProperty() { return tool; }

    public ObjectProperty<FrameRef> threadFromProperty() { return threadFrom; }

    public IntegerProperty pageIndexProperty() { return pageIndex; }

    public DoubleProperty zoomProperty() { return zoom; }

    public BooleanProperty showGuidesProperty() { return showGuides; }

    public BooleanProperty showGridProperty() { return showGrid; }

    public StringProperty selectedFrameIdProperty() { return selectedFrameId; }

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

    /** Selects the frame under a page point, or nothing. */
    public void selectAt(int x, int y, int tolerance) {
        selectedFrameId.set(frameAt(x, y, tolerance).map(FrameOutline::frameId).orElse(""));
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

    /** The rectangle a drawing tool spans from {@code a} to {@code b}, its edges snapped to the grid. */
    public Rect drawn(PagePoint a, PagePoint b, int snap) {
        Rect r = new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
        if (snap > 0 && template().isPresent()) r = new GridSnap(template().get(), snap).resize(r, true, true, true, true);
        return r;
    }

    /**
     * Draws a frame of the current tool's kind over {@code r} as one undoable
     * change and selects it; a rectangle too small to be meant is ignored.
     */
    public Optional<String> createFrame(Rect r) {
        Optional<Page> page = currentPage();
        Optional<PageTemplate> t = template();
        FrameKind kind = tool.get().draws();
        if (page.isEmpty() || t.isEmpty() || kind == null) return Optional.empty();
        int min = t.get().bodySize();
        boolean rule = kind == FrameKind.RULE;
        if (rule ? Math.max(r.width(), r.height()) < min : r.width() < min || r.height() < min) return Optional.empty();
        Frame frame = NewFrames.make(kind, r, document.edition(), t.get());
        undo.apply(new AddFrame(page.get().id(), frame));
        selectedFrameId.set(frame.id());
        return Optional.of(frame.id());
    }

    /**
     * The thread tool's click on the frame at a page point: the first click
     * picks frame A, the second appends frame B to A's story (a new story
     * when A had none), as one undoable change. Only text and headline
     * frames hold stories. Returns true when a thread was made.
     */
    public boolean threadClick(int x, int y, int tolerance) {
        Optional<Page> page = currentPage();
        Optional<FrameOutline> hit = frameAt(x, y, tolerance)
                .filter(o -> o.kind() == FrameKind.TEXT || o.kind() == FrameKind.HEADLINE);
        if (page.isEmpty() || hit.isEmpty()) return false;
        FrameRef clicked = new FrameRef(page.get().id(), hit.get().frameId());
        FrameRef from = threadFrom.get();
        if (from == null || from.equals(clicked)) {
            threadFrom.set(clicked);
            selectedFrameId.set(clicked.frameId());
            return false;
        }
        Edition e = document.edition();
        if (e.storyOfFrame(clicked.frameId()).isPresent()) return false; // B already carries a story: unthread it first
        Optional<Story> story = e.storyOfFrame(from.frameId());
        Change change;
        if (story.isPresent()) {
            List<FrameRef> chain = new ArrayList<>(story.get().chain());
            chain.add(chain.indexOf(from) + 1, clicked);
            change = new ReplaceStory(story.get().withChain(chain));
        } else {
            String id = NewFrames.freshStoryId(e);
            change = new AddStory(new Story(id, "", List.of(new Paragraph(StyleSheet.BODY, "")), List.of(from, clicked)));
        }
        undo.apply(change);
        threadFrom.set(clicked); // go on threading from B, as DTP tools do
        selectedFrameId.set(clicked.frameId());
        return true;
    }

    /**
     * Places text into the selected text or headline frame: its story's
     * paragraphs are replaced, or a new story starts in the frame.
     * @return false when no frame that holds text is selected
     */
    public boolean placeText(List<Paragraph> paragraphs, String title) {
        Optional<Page> page = currentPage();
        Optional<FrameOutline> sel = selected().filter(o -> o.kind() == FrameKind.TEXT || o.kind() == FrameKind.HEADLINE);
        if (page.isEmpty() || sel.isEmpty() || paragraphs.isEmpty()) return false;
        Edition e = document.edition();
        Optional<Story> story = e.storyOfFrame(sel.get().frameId());
        if (story.isPresent()) {
            undo.apply(new ReplaceStory(story.get().withParagraphs(paragraphs)));
        } else {
            undo.apply(new AddStory(new Story(NewFrames.freshStoryId(e), title, paragraphs,
                    List.of(new FrameRef(page.get().id(), sel.get().frameId())))));
        }
        return true;
    }

    /** Takes the selected frame out of its story's chain; the text stays in the story. */
    public boolean unthreadSelected() {
        String id = selectedFrameId.get();
        Optional<Page> page = currentPage();
        if (page.isEmpty() || id == null || id.isEmpty()) return false;
        Optional<Story> story = document.edition().storyOfFrame(id);
        if (story.isEmpty()) return false;
        List<FrameRef> chain = new ArrayList<>(story.get().chain());
        chain.remove(new FrameRef(page.get().id(), id));
        undo.apply(new ReplaceStory(story.get().withChain(chain)));
        return true;
    }

    /** Brings the selected frame one step forward ({@code +1}) or sends it back ({@code -1}); ±big for front/back. */
    public boolean restack(int steps) {
        Optional<Page> page = currentPage();
        String id = selectedFrameId.get();
        if (page.isEmpty() || id == null || id.isEmpty()) return false;
        List<Frame> frames = page.get().frames();
        int at = -1;
        for (int i = 0; i < frames.size(); i++) if (frames.get(i).id().equals(id)) at = i;
        int to = Math.max(0, Math.min(frames.size() - 1, at + steps));
        if (at < 0 || to == at) return false;
        undo.apply(new ReorderFrame(page.get().id(), id, to));
        return true;
    }

    /** Locks or unlocks the selected frame: a locked frame cannot be moved, resized or deleted. */
    public boolean toggleLock() {
        Optional<Page> page = currentPage();
        Optional<Frame> frame = page.flatMap(p -> p.frame(selectedFrameId.get() == null ? "" : selectedFrameId.get()));
        if (frame.isEmpty()) return false;
        undo.apply(new ReplaceFrame(page.get().id(), frame.get().withLocked(!frame.get().locked())));
        return true;
    }

    /** Deletes the selected frame (unless locked) as one undoable change. */
    public boolean deleteSelected() {
        Optional<FrameOutline> sel = selected();
        Optional<Page> page = currentPage();
        if (sel.isEmpty() || page.isEmpty() || sel.get().locked()) return false;
        undo.apply(new DeleteFrame(page.get().id(), sel.get().frameId()));
        selectedFrameId.set("");
        return true;
    }

    /** Handles, clockwise from top-left: which edges each one drags. */
    public static final int TOP_LEFT = 0, TOP = 1, TOP_RIGHT = 2, RIGHT = 3, BOTTOM_RIGHT = 4, BOTTOM = 5,
            BOTTOM_LEFT = 6, LEFT = 7;

    /** Where a frame starting at {@code start} lands when dragged by (dx, dy), snapped within {@code snap} (0: off). */
    public Rect moved(Rect start, int dx, int dy, int snap) {
        Rect r = start.moved(dx, dy);
        return snap > 0 && template().isPresent() ? new GridSnap(template().get(), snap).move(r) : r;
    }

    /** The frame's bounds when handle {@code handle} is dragged by (dx, dy); never smaller than a body character. */
    public Rect resized(Rect start, int handle, int dx, int dy, int snap) {
        boolean l = handle == TOP_LEFT || handle == LEFT || handle == BOTTOM_LEFT;
        boolean r = handle == TOP_RIGHT || handle == RIGHT || handle == BOTTOM_RIGHT;
        boolean t = handle == TOP_LEFT || handle == TOP || handle == TOP_RIGHT;
        boolean b = handle == BOTTOM_LEFT || handle == BOTTOM || handle == BOTTOM_RIGHT;
        int min = template().map(PageTemplate::bodySize).orElse(1000);
        int x0 = start.x() + (l ? dx : 0), x1 = start.right() + (r ? dx : 0);
        int y0 = start.y() + (t ? dy : 0), y1 = start.bottom() + (b ? dy : 0);
        if (l) x0 = Math.min(x0, x1 - min);
        if (r) x1 = Math.max(x1, x0 + min);
        if (t) y0 = Math.min(y0, y1 - min);
        if (b) y1 = Math.max(y1, y0 + min);
        Rect out = new Rect(x0, y0, x1 - x0, y1 - y0);
        if (snap > 0 && template().isPresent()) {
            Rect snapped = new GridSnap(template().get(), snap).resize(out, l, t, r, b);
            if (snapped.width() >= min && snapped.height() >= min) out = snapped;
        }
        return out;
    }

    /** Gives the frame new bounds through the undo stack; nothing happens when they are the same. */
    public boolean setBounds(String frameId, Rect bounds) {
        Optional<Page> page = currentPage();
        if (page.isEmpty()) return false;
        Optional<Frame> frame = page.get().frame(frameId);
        if (frame.isEmpty() || frame.get().bounds().equals(bounds)) return false;
        undo.apply(new MoveFrame(page.get().id(), frameId, bounds));
        return true;
    }

    /** Moves the selected frame by whole 字 across and grid lines down, as the arrow keys do. */
    public void nudge(int chars, int lines) {
        Optional<FrameOutline> sel = selected();
        Optional<PageTemplate> t = template();
        if (sel.isEmpty() || t.isEmpty() || sel.get().locked()) return;
        setBounds(sel.get().frameId(), sel.get().bounds().moved(chars * t.get().bodySize(), lines * t.get().pitch()));
    }

    private void keepInRange() {
        int n = pageCount();
        if (pageIndex() >= n) pageIndex.set(Math.max(0, n - 1));
        if (selected().isEmpty()) selectedFrameId.set("");
    }
}
