package paiban.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import paiban.layout.FrameKind;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.StyleSheet;
import paiban.ui.EditionDocument;
import paiban.ui.edit.AddFrame;
import paiban.ui.edit.AddStory;
import paiban.ui.edit.Change;
import paiban.ui.edit.DeleteFrame;
import paiban.ui.edit.GridSnap;
import paiban.ui.edit.MoveFrame;
import paiban.ui.edit.ReorderFrame;
import paiban.ui.edit.ReplaceFrame;
import paiban.ui.edit.ReplaceStory;
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

    FrameEdits(CanvasViewModel vm, EditionDocument document, UndoStack undo) {
        this.vm = vm;
        this.document = document;
        this.undo = undo;
    }

    /** The rectangle a drawing tool spans from {@code a} to {@code b}, its edges snapped to the grid. */
    public Rect drawn(PagePoint a, PagePoint b, int snap) {
        Rect r = new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
        if (snap > 0 && vm.template().isPresent()) r = new GridSnap(vm.template().get(), snap).resize(r, true, true, true, true);
        return r;
    }

    /**
     * Draws a frame of the current tool's kind over {@code r} as one undoable
     * change and selects it; a rectangle too small to be meant is ignored.
     */
    public Optional<String> createFrame(Rect r) {
        Optional<Page> page = vm.currentPage();
        Optional<PageTemplate> t = vm.template();
        FrameKind kind = vm.toolProperty().get().draws();
        if (page.isEmpty() || t.isEmpty() || kind == null) return Optional.empty();
        int min = t.get().bodySize();
        boolean rule = kind == FrameKind.RULE;
        if (rule ? Math.max(r.width(), r.height()) < min : r.width() < min || r.height() < min) return Optional.empty();
        Frame frame = NewFrames.make(kind, r, document.edition(), t.get());
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

    /** Brings the selected frame one step forward ({@code +1}) or sends it back ({@code -1}); ±big for front/back. */
    public boolean restack(int steps) {
        Optional<Page> page = vm.currentPage();
        String id = vm.selectedFrameIdProperty().get();
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
        Optional<Page> page = vm.currentPage();
        Optional<Frame> frame = page.flatMap(p -> p.frame(vm.selectedFrameIdProperty().get() == null ? "" : vm.selectedFrameIdProperty().get()));
        if (frame.isEmpty()) return false;
        undo.apply(new ReplaceFrame(page.get().id(), frame.get().withLocked(!frame.get().locked())));
        return true;
    }

    /** Deletes the selected frame (unless locked) as one undoable change. */
    public boolean deleteSelected() {
        Optional<FrameOutline> sel = vm.selected();
        Optional<Page> page = vm.currentPage();
        if (sel.isEmpty() || page.isEmpty() || sel.get().locked()) return false;
        undo.apply(new DeleteFrame(page.get().id(), sel.get().frameId()));
        vm.selectedFrameIdProperty().set("");
        return true;
    }

    /** Handles, clockwise from top-left: which edges each one drags. */
    public static final int TOP_LEFT = 0, TOP = 1, TOP_RIGHT = 2, RIGHT = 3, BOTTOM_RIGHT = 4, BOTTOM = 5,
            BOTTOM_LEFT = 6, LEFT = 7;

    /** Where a frame starting at {@code start} lands when dragged by (dx, dy), snapped within {@code snap} (0: off). */
    public Rect moved(Rect start, int dx, int dy, int snap) {
        Rect r = start.moved(dx, dy);
        return snap > 0 && vm.template().isPresent() ? new GridSnap(vm.template().get(), snap).move(r) : r;
    }

    /** The frame's bounds when handle {@code handle} is dragged by (dx, dy); never smaller than a body character. */
    public Rect resized(Rect start, int handle, int dx, int dy, int snap) {
        boolean l = handle == TOP_LEFT || handle == LEFT || handle == BOTTOM_LEFT;
        boolean r = handle == TOP_RIGHT || handle == RIGHT || handle == BOTTOM_RIGHT;
        boolean t = handle == TOP_LEFT || handle == TOP || handle == TOP_RIGHT;
        boolean b = handle == BOTTOM_LEFT || handle == BOTTOM || handle == BOTTOM_RIGHT;
        int min = vm.template().map(PageTemplate::bodySize).orElse(1000);
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

    /** Gives the frame new bounds through the undo stack; nothing happens when they are the same. */
    public boolean setBounds(String frameId, Rect bounds) {
        Optional<Page> page = vm.currentPage();
        if (page.isEmpty()) return false;
        Optional<Frame> frame = page.get().frame(frameId);
        if (frame.isEmpty() || frame.get().bounds().equals(bounds)) return false;
        undo.apply(new MoveFrame(page.get().id(), frameId, bounds));
        return true;
    }

    /** Moves the selected frame by whole 字 across and grid lines down, as the arrow keys do. */
    public void nudge(int chars, int lines) {
        Optional<FrameOutline> sel = vm.selected();
        Optional<PageTemplate> t = vm.template();
        if (sel.isEmpty() || t.isEmpty() || sel.get().locked()) return;
        setBounds(sel.get().frameId(), sel.get().bounds().moved(chars * t.get().bodySize(), lines * t.get().pitch()));
    }

}
