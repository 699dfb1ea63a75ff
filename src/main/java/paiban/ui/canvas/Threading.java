package paiban.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.frame.Frame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;
import paiban.ui.Messages;
import paiban.ui.edit.AddStory;
import paiban.ui.edit.Change;
import paiban.ui.edit.SetChain;
import paiban.ui.edit.Stories;

/**
 * The thread tool: a click on frame A, then on frame B (on this page or,
 * after switching pages, on another) threads B after A in A's story; from
 * an empty frame A it starts a new story through A and B. Unthreading takes
 * a frame out of its chain; the text stays (overset if it no longer fits).
 * Jump lines follow from the flow at once.
 */
public final class Threading {
    private final CanvasViewModel canvas;
    /** Frame A of a thread in progress, null when none. */
    private final ReadOnlyObjectWrapper<FrameRef> source = new ReadOnlyObjectWrapper<>(this, "source");
    /** What the tool expects next, or why it refused, for the status line. */
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    Threading(CanvasViewModel canvas) {
        this.canvas = canvas;
        canvas.toolProperty().addListener((o, old, now) -> {
            source.set(null);
            message.set(now == Tool.THREAD ? Messages.get("thread.pickFirst") : "");
        });
    }

    public ReadOnlyObjectProperty<FrameRef> sourceProperty() { return source.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** A thread-tool click at a point of the current page. */
    public void clickAt(int x, int y, int tolerance) {
        Optional<Page> page = canvas.currentPage();
        Optional<FrameOutline> hit = canvas.frameAt(x, y, tolerance);
        if (page.isEmpty() || hit.isEmpty()) return;
        click(new FrameRef(page.get().id(), hit.get().frameId()));
    }

    /** First click picks A, second threads B after it; clicking A again lets go of it. */
    public void click(FrameRef frame) {
        Edition e = canvas.document().edition();
        if (!(e.frame(frame).orElse(null) instanceof TextFrame)) {
            message.set(Messages.get("thread.onlyText"));
            return;
        }
        canvas.selectedFrameIdProperty().set(frame.frameId());
        FrameRef a = source.get();
        if (a == null || a.equals(frame)) {
            source.set(a == null ? frame : null);
            message.set(a == null ? Messages.get("thread.pickSecond", name(e, frame)) : Messages.get("thread.pickFirst"));
            return;
        }
        try {
            canvas.undoStack().apply(thread(e, a, frame));
            source.set(null);
            message.set(Messages.get("thread.done", name(e, a), name(e, frame)));
            canvas.selectedFrameIdProperty().set(frame.frameId());
        } catch (IllegalArgumentException refused) {
            message.set(refused.getMessage());
        }
    }

    /** Takes {@code frame} out of its story's chain as one undoable change. */
    public boolean unthread(FrameRef frame) {
        Edition e = canvas.document().edition();
        Optional<Story> story = storyThrough(e, frame);
        if (story.isEmpty()) return false;
        List<FrameRef> chain = new ArrayList<>(story.get().chain());
        chain.remove(frame);
        canvas.undoStack().apply(new SetChain(story.get().id(), chain));
        message.set(Messages.get("thread.undone", name(e, frame)));
        return true;
    }

    /** Unthreads the frame selected on the current page. */
    public boolean unthreadSelected() {
        Optional<Page> page = canvas.currentPage();
        String id = canvas.selectedFrameIdProperty().get();
        if (page.isEmpty() || id == null || id.isEmpty()) return false;
        return unthread(new FrameRef(page.get().id(), id));
    }

    /**
     * The change that threads {@code b} right after {@code a}: into a's story,
     * or into a new story through both when a carries none.
     *
     * @throws IllegalArgumentException with the reason, for a frame that is no text frame or already threaded
     */
    public static Change thread(Edition e, FrameRef a, FrameRef b) {
        for (FrameRef r : List.of(a, b)) {
            if (!(e.frame(r).orElse(null) instanceof TextFrame)) throw new IllegalArgumentException(Messages.get("thread.onlyText"));
        }
        Optional<Story> storyA = storyThrough(e, a);
        Optional<Story> storyB = storyThrough(e, b);
        if (storyB.isPresent()) {
            throw new IllegalArgumentException(storyA.isPresent() && storyA.get().id().equals(storyB.get().id())
                    ? Messages.get("thread.sameStory") : Messages.get("thread.taken", name(e, b), storyName(storyB.get())));
        }
        if (storyA.isEmpty()) {
            return new AddStory(new Story(Stories.freshId(e, "story"), "", List.of(), List.of(a, b)));
        }
        List<FrameRef> chain = new ArrayList<>(storyA.get().chain());
        chain.add(chain.indexOf(a) + 1, b);
        return new SetChain(storyA.get().id(), chain);
    }

    private static Optional<Story> storyThrough(Edition e, FrameRef r) {
        for (Story s : e.stories()) if (s.chain().contains(r)) return Optional.of(s);
        return Optional.empty();
    }

    private static String storyName(Story s) {
        return s.title().isBlank() ? s.id() : s.title();
    }

    /** 第三版 p3-lead-3: where a frame is, as the desk says it. */
    static String name(Edition e, FrameRef r) {
        String page = e.page(r.pageId()).map(p -> PageNames.fullName(e, p)).orElse(r.pageId());
        return page + " " + e.frame(r).map(Frame::id).orElse(r.frameId());
    }
}
