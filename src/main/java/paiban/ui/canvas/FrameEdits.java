package paiban.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import paiban.edit.AddFrame;
import paiban.edit.AddStory;
import paiban.edit.Change;
import paiban.edit.ChangeSequence;
import paiban.edit.DeleteFrame;
import paiban.edit.GridSnap;
import paiban.edit.MoveFrame;
import paiban.edit.ReorderFrame;
import paiban.edit.ReplaceFrame;
import paiban.edit.ReplaceStory;
import paiban.layout.FrameKind;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.WritingMode;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.StyleSheet;
import paiban.ui.EditionDocument;
import paiban.ui.edit.UndoStack;

/**
 * What the canvas tools do to the edition, on the current page and
 * selection of a {@link CanvasViewModel}: move and resize on the grid, draw,
 * delete, restack, lock, thread and place text. Every edit is one
 * {@link Change} on the undo stack.
 */
public final class FrameEdits {
    private final CanvasViewModel vm;
    private final EditionDocument document;
    private final UndoStack undo;
    /** The bounds the live layout was made for, so a drag step that snaps to the same place composes nothing. */
    private Map<String, Rect> live = Map.of();

    FrameEdits(CanvasViewModel vm, EditionDocument document, UndoStack undo) {
        this.vm = vm;
        this.document = document;
        this.undo = undo;
    }

    /** The rectangle a drawing tool spans from {@code a} to {@code b}, its edges snapped to the grid. */
    public Rect drawn(PagePoint a, PagePoint b, int snap) {
        snapOnDraw = snap;
        Rect r = new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
        if (snap > 0 && vm.template().isPresent()) r = new GridSnap(vm.template().get(), snap).resize(r, true, true, true, true);
        return r;
    }

    /**
     * Draws a frame of the current tool's kind over {@code r} as one undoable
     * change and selects it; a rectangle too small to be meant is ignored.
     */
    public Optional<String> createFrame(Rect r) {
        return createFrame(r, WritingMode.HORIZONTAL);
    }

    /**
     * As {@link #createFrame(Rect)}; a text or headline frame is set in {@code mode} (Shift held while
     * drawing: vertical, 竖排), other kinds ignore it.
     */
    public Optional<String> createFrame(Rect r, WritingMode mode) {
        Optional<Page> page = vm.currentPage();
        Optional<PageTemplate> t = vm.template();
        FrameKind kind = vm.toolProperty().get().draws();
        if (page.isEmpty() || t.isEmpty() || kind == null) return Optional.empty();
        int min = t.get().bodySize();
        boolean rule = kind == FrameKind.RULE;
        if (rule ? Math.max(r.width(), r.height()) < min : r.width() < min || r.height() < min) return Optional.empty();
        Frame frame = NewFrames.make(kind, r, document.edition(), t.get(), mode);
        if (rule && snapOnDraw > 0) frame = frame.withBounds(new GridSnap(t.get(), snapOnDraw).rule(frame.bounds()));
        undo.apply(new AddFrame(page.get().id(), frame));
        vm.selectedFrameIdProperty().set(frame.id());
        return Optional.of(frame.id());
    }

    /**
     * The thread tool's click on the frame at a page point: the first click
     * picks frame A, the second appends frame B to A's story (a new story
     * when A had none), as one undoable change. Only text and headline
     * frames hold stories. Returns true when a thread was made.
     */
    public boolean threadClick(int x, int y, int tolerance) {
        Optional<Page> page = vm.currentPage();
        Optional<FrameOutline> hit = vm.frameAt(x, y, tolerance)
                .filter(o -> o.kind() == FrameKind.TEXT || o.kind() == FrameKind.HEADLINE);
        if (page.isEmpty() || hit.isEmpty()) return false;
        FrameRef clicked = new FrameRef(page.get().id(), hit.get().frameId());
        FrameRef from = vm.threadFromProperty().get();
        if (from == null || from.equals(clicked)) {
            vm.threadFromProperty().set(clicked);
            vm.selectedFrameIdProperty().set(clicked.frameId());
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
        vm.threadFromProperty().set(clicked); // go on threading from B, as DTP tools do
        vm.selectedFrameIdProperty().set(clicked.frameId());
        return true;
    }

    /** Takes the selected frame out of its story's chain; the text stays in the story. */
    public boolean unthreadSelected() {
        String id = vm.selectedFrameIdProperty().get();
        Optional<Page> page = vm.currentPage();
        if (page.isEmpty() || id == null || id.isEmpty()) return false;
        Optional<Story> story = document.edition().storyOfFrame(id);
        if (story.isEmpty()) return false;
        List<FrameRef> chain = new ArrayList<>(story.get().chain());
        chain.remove(new FrameRef(page.get().id(), id));
        undo.apply(new ReplaceStory(story.get().withChain(chain)));
        return true;
    }

    /**
     * Brings the selected frames {@code steps} places forward (negative: back)
     * in the page's z-order, each past one unselected frame per step, keeping
     * their order among themselves; ±big for front/back. One undoable change.
     */
    public boolean restack(int steps) {
        Optional<Page> page = vm.currentPage();
        if (page.isEmpty() || vm.selectedIds().isEmpty()) return false;
        List<String> order = new ArrayList<>(page.get().frames().stream().map(Frame::id).toList());
        List<String> target = ZOrder.restacked(order, vm.selectedIds(), steps);
        List<Change> moves = new ArrayList<>();
        // moving each frame to its final index front to back, in turn, turns order into target
        for (int k = 0; k < target.size(); k++) {
            String id = target.get(k);
            if (order.indexOf(id) == k) continue;
            order.remove(id);
            order.add(k, id);
            moves.add(new ReorderFrame(page.get().id(), id, k));
        }
        return applyAll("change.reorderFrame", moves);
    }

    /**
     * Locks the selected frames, or unlocks them when all are locked already:
     * a locked frame cannot be moved, resized or deleted.
     */
    public boolean toggleLock() {
        Optional<Page> page = vm.currentPage();
        List<Frame> frames = selectedFrames();
        if (page.isEmpty() || frames.isEmpty()) return false;
        boolean lock = frames.stream().anyMatch(f -> !f.locked());
        List<Change> changes = new ArrayList<>();
        for (Frame f : frames) if (f.locked() != lock) changes.add(new ReplaceFrame(page.get().id(), f.withLocked(lock)));
        return applyAll("change.editFrame", changes);
    }

    /** Deletes the selected frames that are not locked as one undoable change; locked ones stay selected. */
    public boolean deleteSelected() {
        Optional<Page> page = vm.currentPage();
        if (page.isEmpty()) return false;
        List<Change> changes = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Frame f : selectedFrames()) {
            if (f.locked()) kept.add(f.id());
            else changes.add(new DeleteFrame(page.get().id(), f.id()));
        }
        if (changes.isEmpty()) return false;
        applyAll("change.deleteFrame", changes);
        vm.select(kept, vm.selectedFrameIdProperty().get());
        return true;
    }

    /**
     * Puts the selected frames (two or more) into one new group, taking them
     * out of any group they were in: a click on one then selects them all.
     */
    public boolean groupSelected() {
        Optional<Page> page = vm.currentPage();
        List<Frame> frames = selectedFrames();
        if (page.isEmpty() || frames.size() < 2) return false;
        String group = freshGroup(document.edition());
        List<Change> changes = new ArrayList<>();
        for (Frame f : frames) changes.add(new ReplaceFrame(page.get().id(), f.withGroup(group)));
        return applyAll("change.group", changes);
    }

    /** Takes the selected frames out of their groups; they stay selected. */
    public boolean ungroupSelected() {
        Optional<Page> page = vm.currentPage();
        if (page.isEmpty()) return false;
        List<Change> changes = new ArrayList<>();
        for (Frame f : selectedFrames()) {
            if (!f.group().isEmpty()) changes.add(new ReplaceFrame(page.get().id(), f.withGroup("")));
        }
        return applyAll("change.ungroup", changes);
    }

    /** True when a selected frame belongs to a group, so 取消编组 has something to do. */
    public boolean selectionHasGroup() {
        return selectedFrames().stream().anyMatch(f -> !f.group().isEmpty());
    }

    /** A group name no frame of the edition uses. */
    static String freshGroup(Edition edition) {
        return freshGroup(edition, List.of());
    }

    /** A group name no frame of the edition uses, nor {@code taken}. */
    static String freshGroup(Edition edition, Collection<String> taken) {
        java.util.Set<String> used = new java.util.HashSet<>(taken);
        for (Page p : edition.pages()) for (Frame f : p.frames()) used.add(f.group());
        for (int n = 1; ; n++) {
            String g = "group-" + n;
            if (!used.contains(g)) return g;
        }
    }

    /** The selected frames of the current page, back to front. */
    private List<Frame> selectedFrames() {
        Optional<Page> page = vm.currentPage();
        if (page.isEmpty()) return List.of();
        return page.get().frames().stream().filter(f -> vm.isSelected(f.id())).toList();
    }

    /** One undo step for {@code changes}: the change itself when there is one, a sequence for more. */
    private boolean applyAll(String descriptionKey, List<Change> changes) {
        if (changes.isEmpty()) return false;
        undo.apply(changes.size() == 1 ? changes.get(0) : new ChangeSequence(descriptionKey, changes));
        return true;
    }

    /** Handles, clockwise from top-left: which edges each one drags. */
    public static final int TOP_LEFT = 0, TOP = 1, TOP_RIGHT = 2, RIGHT = 3, BOTTOM_RIGHT = 4, BOTTOM = 5,
            BOTTOM_LEFT = 6, LEFT = 7;

    /** Where a frame starting at {@code start} lands when dragged by (dx, dy), snapped within {@code snap} (0: off). */
    public Rect moved(Rect start, int dx, int dy, int snap) {
        return moved(start, false, dx, dy, snap);
    }

    /** As {@link #moved(Rect, int, int, int)}; a rule's centre snaps to a gutter or a grid line's middle. */
    public Rect moved(Rect start, boolean rule, int dx, int dy, int snap) {
        Rect r = start.moved(dx, dy);
        if (snap <= 0 || vm.template().isEmpty()) return r;
        GridSnap grid = new GridSnap(vm.template().get(), snap);
        return rule ? grid.rule(r) : grid.move(r);
    }

    /** The snap distance of the last drawing-tool rectangle, so a rule drawn with it snaps the same way. */
    private int snapOnDraw;

    /** The frame's bounds when handle {@code handle} is dragged by (dx, dy); never smaller than a body character. */
    public Rect resized(Rect start, int handle, int dx, int dy, int snap) {
        boolean l = handle == TOP_LEFT || handle == LEFT || handle == BOTTOM_LEFT;
        boolean r = handle == TOP_RIGHT || handle == RIGHT || handle == BOTTOM_RIGHT;
        boolean t = handle == TOP_LEFT || handle == TOP || handle == TOP_RIGHT;
        boolean b = handle == BOTTOM_LEFT || handle == BOTTOM || handle == BOTTOM_RIGHT;
        int min = minSize();
        int x0 = start.x() + (l ? dx : 0), x1 = start.right() + (r ? dx : 0);
        int y0 = start.y() + (t ? dy : 0), y1 = start.bottom() + (b ? dy : 0);
        if (l) x0 = Math.min(x0, x1 - min);
        if (r) x1 = Math.max(x1, x0 + min);
        if (t) y0 = Math.min(y0, y1 - min);
        if (b) y1 = Math.max(y1, y0 + min);
        Rect out = new Rect(x0, y0, x1 - x0, y1 - y0);
        if (snap > 0 && vm.template().isPresent()) {
            Rect snapped = new GridSnap(vm.template().get(), snap).resize(out, l, t, r, b);
            if (snapped.width() >= min && snapped.height() >= min) out = snapped;
        }
        return out;
    }

    /** The smallest width and height a resize leaves a frame: one body character. */
    private int minSize() {
        return vm.template().map(PageTemplate::bodySize).orElse(1000);
    }

    /**
     * Where the selected frames that can change (not locked) land when handle
     * {@code handle} of the box around the selection is dragged by (dx, dy),
     * snapped within {@code snap} (0: off); back to front.
     */
    public List<Rect> scaledSelection(int handle, int dx, int dy, int snap) {
        return List.copyOf(scaledFrames(handle, dx, dy, snap).values());
    }

    /** {@link #scaledSelection} by frame id, back to front: what the drop edits and the live layout shows. */
    public Map<String, Rect> scaledFrames(int handle, int dx, int dy, int snap) {
        Optional<SelectionScale> scale = scale(handle, dx, dy, snap);
        return scale.isEmpty() ? Map.of() : unlocked(scale.get()::apply);
    }

    /**
     * Scales the selection by a handle of its box, as {@link #scaledSelection}
     * shows, as one undoable change; locked frames keep their bounds, as they
     * do when the selection moves.
     */
    public boolean scaleSelection(int handle, int dx, int dy, int snap) {
        return moveAll("change.scaleFrames", scaledFrames(handle, dx, dy, snap));
    }

    /**
     * The box is the whole selection's, locked frames included: it is the
     * box the user sees and grabs, and the others keep their places in it.
     * The box itself is not snapped; its frames' edges are.
     */
    private Optional<SelectionScale> scale(int handle, int dx, int dy, int snap) {
        GridSnap grid = snap > 0 ? vm.template().map(t -> new GridSnap(t, snap)).orElse(null) : null;
        return vm.selectionBounds().map(box -> new SelectionScale(box, resized(box, handle, dx, dy, 0), grid, minSize()));
    }

    /**
     * Lays the edition out with frames of the current page at {@code bounds}
     * (frame id → bounds) for the canvas to show mid-drag: the text reflows
     * and 超 N 字 follows before the drop, as a designer copyfits by
     * dragging. Nothing is edited; an empty map ends it.
     */
    public void showLive(Map<String, Rect> bounds) {
        if (bounds.equals(live)) return;
        live = Map.copyOf(bounds);
        Optional<Page> page = vm.currentPage();
        if (bounds.isEmpty() || page.isEmpty()) {
            vm.liveLayoutProperty().set(null);
            return;
        }
        // the same change the drop makes, so the preview is the drop (a text frame's columns follow its width too)
        Edition e = document.edition();
        for (var b : bounds.entrySet()) {
            if (page.get().frame(b.getKey()).isPresent()) e = new MoveFrame(page.get().id(), b.getKey(), b.getValue()).apply(e).edition();
        }
        vm.liveLayoutProperty().set(document.compose(e));
    }

    /** Gives the frame new bounds through the undo stack; nothing happens when they are the same. */
    public boolean setBounds(String frameId, Rect bounds) {
        Optional<Page> page = vm.currentPage();
        if (page.isEmpty()) return false;
        Optional<Frame> frame = page.get().frame(frameId);
        if (frame.isEmpty() || frame.get().bounds().equals(bounds)) return false;
        undo.apply(new MoveFrame(page.get().id(), frameId, bounds));
        return true;
    }

    /**
     * The offset the selection moves by when the frame {@code dragged} is
     * dragged by (dx, dy): the dragged frame's edges snap, the others follow it.
     */
    public PagePoint snappedOffset(Rect dragged, int dx, int dy, int snap) {
        Rect to = moved(dragged, dx, dy, snap);
        return new PagePoint(to.x() - dragged.x(), to.y() - dragged.y());
    }

    /** Where the selected frames that can move (not locked) land when moved by (dx, dy). */
    public List<Rect> movedSelection(int dx, int dy) {
        return List.copyOf(movedFrames(dx, dy).values());
    }

    /** {@link #movedSelection} by frame id, back to front. */
    public Map<String, Rect> movedFrames(int dx, int dy) {
        return unlocked(r -> r.moved(dx, dy));
    }

    /** Moves every selected frame that is not locked by (dx, dy) as one undoable change. */
    public boolean moveSelection(int dx, int dy) {
        return (dx != 0 || dy != 0) && moveAll("change.moveFrame", movedFrames(dx, dy));
    }

    /** The selected frames that can change (not locked), back to front, each with {@code to} of its bounds. */
    private Map<String, Rect> unlocked(UnaryOperator<Rect> to) {
        Map<String, Rect> out = new LinkedHashMap<>();
        for (FrameOutline o : vm.selection()) if (!o.locked()) out.put(o.frameId(), to.apply(o.bounds()));
        return out;
    }

    /** Gives frames of the current page new bounds as one undo step; those already there are left out. */
    private boolean moveAll(String descriptionKey, Map<String, Rect> bounds) {
        Optional<Page> page = vm.currentPage();
        if (page.isEmpty()) return false;
        List<Change> moves = new ArrayList<>();
        for (var b : bounds.entrySet()) {
            Optional<Frame> f = page.get().frame(b.getKey());
            if (f.isPresent() && !f.get().bounds().equals(b.getValue())) moves.add(new MoveFrame(page.get().id(), b.getKey(), b.getValue()));
        }
        return applyAll(descriptionKey, moves);
    }

    /** Moves the selected frames by whole 字 across and grid lines down, as the arrow keys do. */
    public void nudge(int chars, int lines) {
        vm.template().ifPresent(t -> moveSelection(chars * t.bodySize(), lines * t.pitch()));
    }


    // ---- arrange, fit to text and the picture inside an image frame (issue 15, images-basics) ----

    private static final paiban.compose.flow.ImageSizes IMAGE_SIZES = new paiban.compose.flow.ImageSizes();

    /** Lines the selected frames up on {@code edge}, one undo step; false when fewer than two or nothing moved. */
    public boolean alignSelected(paiban.edit.FrameAlignment.Edge edge) {
        Optional<Page> page = vm.currentPage();
        if (page.isEmpty()) return false;
        return applyOne(paiban.edit.FrameAlignment.align(page.get().id(), selectedFrames(), edge));
    }

    /** Equal gaps between three or more selected frames, across or down; one undo step. */
    public boolean distributeSelected(boolean horizontal) {
        Optional<Page> page = vm.currentPage();
        if (page.isEmpty()) return false;
        return applyOne(paiban.edit.FrameAlignment.distribute(page.get().id(), selectedFrames(), horizontal));
    }

    /**
     * 图框适合文字 for the selected frame: the last frame of its story shrunk to
     * the lines its text needs.
     *
     * @return "" when done, else why not (in the interface language)
     */
    public String fitFrameToText() {
        Optional<Page> page = vm.currentPage();
        String id = vm.selectedFrameIdProperty().get();
        if (page.isEmpty() || id == null || id.isEmpty()) return paiban.ui.Messages.get("fitFrame.NOT_TEXT");
        var r = paiban.edit.FitFrameToText.fit(document.edition(), page.get().id(), id, document::compose);
        if (r.change() == null) return paiban.ui.Messages.get("fitFrame." + r.refusal().name());
        undo.apply(r.change());
        return "";
    }

    /** The selected image frame, its picture's placement on the page and its pixel size; empty when there is none. */
    public Optional<PlacedPicture> selectedPicture() {
        String id = vm.selectedFrameIdProperty().get();
        Optional<Page> page = vm.currentPage();
        if (id == null || page.isEmpty()) return Optional.empty();
        return picture(page.get(), id);
    }

    /** A picture as it lies: its frame, where it is drawn, the file's pixels (both 0 when unreadable). */
    public record PlacedPicture(String pageId, paiban.model.frame.ImageFrame frame, Rect placement, int pixelsWide,
                                int pixelsHigh) {}

    Optional<PlacedPicture> picture(Page page, String frameId) {
        if (!(page.frame(frameId).orElse(null) instanceof paiban.model.frame.ImageFrame f)) return Optional.empty();
        var layout = document.layout().page(page.id());
        if (layout.isEmpty()) return Optional.empty();
        for (var m : layout.get().marks()) {
            if (m instanceof paiban.layout.ImageMark im && im.frameId().equals(frameId)) {
                var size = im.file() == null ? Optional.<paiban.compose.flow.ImageSizes.Size>empty() : IMAGE_SIZES.size(im.file());
                return Optional.of(new PlacedPicture(page.id(), f, im.placement(), size.map(z -> z.width()).orElse(0),
                        size.map(z -> z.height()).orElse(0)));
            }
        }
        return Optional.empty();
    }

    /** Moves the picture of image frame {@code frameId} by (dx, dy) inside its frame, one undo step. */
    public boolean moveImageContent(String frameId, int dx, int dy) {
        Optional<Page> page = vm.currentPage();
        if (page.isEmpty()) return false;
        Optional<PlacedPicture> p = picture(page.get(), frameId);
        if (p.isEmpty() || p.get().pixelsWide() <= 0 || p.get().frame().locked()) return false;
        return applyOne(paiban.edit.ImageContent.moved(page.get().id(), p.get().frame(), p.get().placement(),
                p.get().pixelsWide(), p.get().pixelsHigh(), dx, dy));
    }

    private boolean applyOne(Change c) {
        if (c == null) return false;
        undo.apply(c);
        return true;
    }
}
