package paiban.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import paiban.edit.AddFrame;
import paiban.edit.Change;
import paiban.edit.ChangeSequence;
import paiban.edit.ReplaceStory;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.Frame;
import paiban.model.frame.ImageFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;
import paiban.ui.edit.UndoStack;

/**
 * Frames copied and pasted on the canvas, kept inside the editor. A paste
 * puts the copies where the originals were, so a rule, a box or a header
 * goes to the same place on another page; where the originals still stand,
 * and with every paste again on one page, they land a further 字 right and
 * 行 down, to be seen. Copies are new frames: new ids, unlocked, in new
 * groups where the originals shared one, a photo tied to its copied caption.
 * Copied text frames come empty (a story runs through one chain); cut ones
 * take their place in their story's chain again at the first paste, so a
 * story moves to another page by cut and paste, as in InDesign and 飞腾.
 */
public final class FrameClipboard {
    /** A cut frame's place in its story's chain. */
    private record Link(String frameId, String storyId, int index) {}

    private final CanvasViewModel vm;
    private final UndoStack undo;
    private List<Frame> frames = List.of();
    private List<Link> cutLinks = List.of();
    /** Pastes of these frames so far, by page. */
    private final Map<String, Integer> pastes = new HashMap<>();

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
        cutLinks = List.of();
        pastes.clear();
        return true;
    }

    /** Copies the selection, then deletes what of it is not locked, as one undo step. */
    public boolean cut() {
        Optional<Page> page = vm.currentPage();
        if (page.isEmpty() || !copy()) return false;
        List<Link> links = new ArrayList<>();
        for (Frame f : frames) {
            if (f.locked()) continue;
            FrameRef ref = new FrameRef(page.get().id(), f.id());
            vm.document().edition().storyOfFrame(f.id()).filter(s -> s.chain().contains(ref))
                    .ifPresent(s -> links.add(new Link(f.id(), s.id(), s.chain().indexOf(ref))));
        }
        links.sort(Comparator.comparingInt(Link::index));
        cutLinks = links;
        return vm.edits().deleteSelected();
    }

    /** Adds copies of the kept frames to the current page as one undo step and selects them. */
    public boolean paste() {
        Optional<Page> page = vm.currentPage();
        Optional<PageTemplate> t = vm.template();
        if (page.isEmpty() || t.isEmpty() || frames.isEmpty()) return false;
        String pageId = page.get().id();
        boolean originalsHere = frames.stream().anyMatch(f -> page.get().frame(f.id()).isPresent());
        int steps = pastes.getOrDefault(pageId, 0) + (originalsHere ? 1 : 0);
        int dx = steps * t.get().bodySize(), dy = steps * t.get().pitch();
        Edition edition = vm.document().edition();
        Edition scratch = edition;
        Map<String, String> ids = new HashMap<>(), groups = new HashMap<>();
        List<Frame> copies = new ArrayList<>();
        for (Frame f : frames) {
            String id = NewFrames.freshId(FrameKinds.of(f).name().toLowerCase(Locale.ROOT), scratch);
            ids.put(f.id(), id);
            String group = f.group().isEmpty() ? ""
                    : groups.computeIfAbsent(f.group(), g -> FrameEdits.freshGroup(edition, groups.values()));
            Frame copy = f.withId(id).withBounds(f.bounds().moved(dx, dy)).withLocked(false).withGroup(group);
            copies.add(copy);
            scratch = scratch.withPage(scratch.page(pageId).orElseThrow().withFrame(copy));
        }
        // a photo keeps its caption only when the caption was copied with it, now that every new id is known
        for (int i = 0; i < copies.size(); i++) {
            Frame original = frames.get(i);
            if (original instanceof ImageFrame im && !im.captionFrameId().isEmpty() && copies.get(i) instanceof ImageFrame c)
                copies.set(i, c.withCaptionFrameId(ids.getOrDefault(im.captionFrameId(), "")));
        }
        List<Change> changes = new ArrayList<>();
        for (Frame c : copies) changes.add(new AddFrame(pageId, c));
        changes.addAll(rethread(edition, pageId, ids));
        cutLinks = List.of();
        pastes.merge(pageId, 1, Integer::sum);
        undo.apply(changes.size() == 1 ? changes.get(0) : new ChangeSequence("change.paste", changes));
        vm.select(copies.stream().map(Frame::id).toList(), copies.get(copies.size() - 1).id());
        return true;
    }

    /** Cut text frames back in their stories' chains, in their places, as the pasted copies. */
    private List<Change> rethread(Edition edition, String pageId, Map<String, String> ids) {
        Map<String, Story> stories = new HashMap<>();
        for (Link l : cutLinks) {
            Story s = stories.computeIfAbsent(l.storyId(), id -> edition.story(id).orElse(null));
            if (s == null) continue;
            List<FrameRef> chain = new ArrayList<>(s.chain());
            chain.add(Math.min(l.index(), chain.size()), new FrameRef(pageId, ids.get(l.frameId())));
            stories.put(s.id(), s.withChain(chain));
        }
        List<Change> out = new ArrayList<>();
        for (Story s : stories.values()) out.add(new ReplaceStory(s));
        return out;
    }
}
