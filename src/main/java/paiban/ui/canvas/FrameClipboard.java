package paiban.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.Frame;
import paiban.model.frame.ImageFrame;
import paiban.ui.edit.AddFrame;
import paiban.ui.edit.Change;
import paiban.ui.edit.ChangeSequence;
import paiban.ui.edit.UndoStack;

/**
 * Frames copied and pasted on the canvas, kept inside the editor. A paste
 * puts the copies where the originals were, so a rule, a box or a header
 * goes to the same place on another page; on the page they came from they
 * land one 字 right and one 行 down, to be seen. Copies are new frames: new
 * ids, unlocked, in new groups where the originals shared one, a photo tied
 * to its copied caption. Text frames come without their story, as empty
 * frames to thread or fill: a story runs through its own chain only once.
 */
public final class FrameClipboard {
    private final CanvasViewModel vm;
    private final UndoStack undo;
    private List<Frame> frames = List.of();
    private String fromPage = "";

    FrameClipboard(CanvasViewModel vm, UndoStack undo) {
        this.vm = vm;
        this.undo = undo;
    }

    public boolean hasFrames() { return !frames.isEmpty(); }

    /** Keeps the selected frames of the current page, back to front; false when none is selected. */
    public boolean copy() {
        Optional<Page> page = vm.currentPage();
        if (page.isEmpty()) return false;
        List<Frame> selected = page.get().frames().stream().filter(f -> vm.isSelected(f.id())).toList();
        if (selected.isEmpty()) return false;
        frames = selected;
        fromPage = page.get().id();
        return true;
    }

    /** Copies the selection, then deletes what of it is not locked, as one undo step. */
    public boolean cut() {
        return copy() && vm.edits().deleteSelected();
    }

    /** Adds copies of the kept frames to the current page as one undo step and selects them. */
    public boolean paste() {
        Optional<Page> page = vm.currentPage();
        Optional<PageTemplate> t = vm.template();
        if (page.isEmpty() || t.isEmpty() || frames.isEmpty()) return false;
        boolean samePage = page.get().id().equals(fromPage);
        int dx = samePage ? t.get().bodySize() : 0, dy = samePage ? t.get().pitch() : 0;
        Edition scratch = vm.document().edition();
        Map<String, String> ids = new HashMap<>(), groups = new HashMap<>();
        List<Frame> copies = new ArrayList<>();
        for (Frame f : frames) {
            String id = NewFrames.freshId(FrameKinds.of(f).name().toLowerCase(Locale.ROOT), scratch);
            ids.put(f.id(), id);
            String group = f.group().isEmpty() ? "" : groups.computeIfAbsent(f.group(), g -> FrameEdits.freshGroup(
                    vm.document().edition(), groups.values()));
            Frame copy = f.withId(id).withBounds(f.bounds().moved(dx, dy)).withLocked(false).withGroup(group);
            copies.add(copy);
            scratch = scratch.withPage(scratch.page(page.get().id()).orElseThrow().withFrame(copy));
        }
        List<Change> adds = new ArrayList<>();
        for (Frame c : copies) {
            // a photo keeps its caption only when the caption was copied with it
            if (c instanceof ImageFrame im && !im.captionFrameId().isEmpty())
                c = im.withCaptionFrameId(ids.getOrDefault(im.captionFrameId(), ""));
            adds.add(new AddFrame(page.get().id(), c));
        }
        undo.apply(adds.size() == 1 ? adds.get(0) : new ChangeSequence("change.paste", adds));
        vm.select(copies.stream().map(Frame::id).toList(), copies.get(copies.size() - 1).id());
        return true;
    }
}
