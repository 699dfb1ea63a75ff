package paiban.ui.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import paiban.edit.AddStory;
import paiban.edit.Change;
import paiban.edit.ChangeSequence;
import paiban.edit.SetStoryText;
import paiban.edit.Stories;
import paiban.io.imports.ImportResult;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.ui.FrameNames;
import paiban.ui.Messages;

/**
 * Places imported copy into a text frame (or all of it into a headline frame). A frame already carrying a story
 * gets the new text in place of the old (its chain stays); an empty frame
 * starts a new story. The headline stack goes into the empty headline frame
 * right above the text frame when there is one; otherwise it stays at the
 * top of the body, so nothing of the copy is lost.
 */
public final class PlaceText {
    private PlaceText() {}

    /** @throws IllegalArgumentException when {@code target} is not a text frame of the edition */
    public static Placement place(Edition e, FrameRef target, ImportResult imported) {
        Frame frame = e.frame(target).orElseThrow(() -> new IllegalArgumentException(Messages.get("place.noFrame")));
        if (!(frame instanceof TextFrame) && !(frame instanceof HeadlineFrame))
            throw new IllegalArgumentException(Messages.get("place.noFrame"));
        imported = imported.inSheet(e.styles());
        List<Change> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        // coloured runs of a .docx name character styles the sheet may not have yet
        if (!imported.charStyles().isEmpty()) steps.add(new paiban.edit.AddCharStyles(imported.charStyles()));
        // a headline frame takes the whole copy; a text frame passes its headline up to an empty headline frame
        Optional<HeadlineFrame> headFrame = imported.headline().isEmpty() || frame instanceof HeadlineFrame ? Optional.empty()
                : emptyHeadlineAbove(e, e.page(target.pageId()).orElseThrow(), frame.bounds());
        List<Paragraph> body = new ArrayList<>();
        if (headFrame.isEmpty()) body.addAll(imported.headline());
        body.addAll(imported.body().paragraphs());

        Optional<Story> existing = e.storyOfFrame(frame.id()).filter(s -> s.chain().contains(target));
        String storyName;
        if (existing.isPresent()) {
            steps.add(new SetStoryText(existing.get().id(), body));
            storyName = StoryNames.of(existing.get().withParagraphs(body));
            notes.add(Messages.get("place.text.replaced", storyName));
        } else {
            String id = Stories.freshId(e, imported.body().id());
            Story created = new Story(id, imported.body().title(), body, List.of(target));
            storyName = StoryNames.of(created);
            steps.add(new AddStory(created));
            notes.add(Messages.get("place.text.newStory", storyName, FrameNames.of(frame)));
        }
        if (headFrame.isPresent()) {
            String headId = Stories.freshId(e, imported.body().id() + "-head");
            steps.add(new AddStory(new Story(headId, storyName + Messages.get("place.text.headlineSuffix"),
                    imported.headline(), List.of(new FrameRef(target.pageId(), headFrame.get().id())))));
            notes.add(Messages.get("place.text.headline", imported.headline().size(), FrameNames.of(headFrame.get())));
        } else if (!imported.headline().isEmpty() && frame instanceof TextFrame) {
            notes.add(Messages.get("place.text.headlineInBody", imported.headline().size()));
        }
        if (frame instanceof TextFrame) tables(e, target.pageId(), frame.bounds(), imported.tables(), steps, notes);
        notes.addAll(paiban.io.imports.ImportReportTexts.of(Messages.current()).lines(imported.report()));
        return new Placement(new ChangeSequence("change.placeText", steps), frame.id(), notes);
    }

    /**
     * The document's tables as table frames across the text frame, stacked up
     * from its foot (one grid line a row to start with; a taller table shows
     * its overset), each with a text wrap of 1 字 so the story runs around it.
     */
    private static void tables(Edition e, String pageId, Rect r, List<paiban.io.imports.ImportedTable> tables,
                               List<Change> steps, List<String> notes) {
        if (tables.isEmpty()) return;
        Page page = e.page(pageId).orElseThrow();
        var t = e.templateOf(page);
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Page p : e.pages()) for (Frame f : p.frames()) used.add(f.id());
        int bottom = r.bottom();
        for (int i = tables.size() - 1; i >= 0; i--) {
            var table = tables.get(i);
            int height = Math.min(r.height(), (table.rows().size() + 1) * t.pitch());
            int top = Math.max(r.y(), bottom - height);
            String id;
            for (int n = 1; ; n++) {
                id = "table-" + n;
                if (used.add(id)) break;
            }
            paiban.model.frame.TableFrame tf = table.toFrame(id, new Rect(r.x(), top, r.width(), bottom - top));
            tf = new paiban.model.frame.TableFrame(tf.id(), tf.bounds(), tf.columns(), tf.rows(), tf.headerRows(),
                    tf.bodyStyle(), tf.headerStyle(), tf.padding(), tf.outer(), tf.rowRules(), tf.columnRules(),
                    tf.headerRule(), tf.headerShade(), tf.textColumns(), tf.gap(),
                    new paiban.model.frame.TextWrap(t.bodySize()), false, "");
            steps.add(new paiban.edit.AddFrame(pageId, tf));
            notes.add(Messages.get("place.text.table", i + 1, table.rows().size(), table.widths().size(), id));
            bottom = Math.max(r.y(), top - t.pitch());
        }
    }

    /** The nearest headline frame above {@code r}, overlapping it across, that no story threads. */
    static Optional<HeadlineFrame> emptyHeadlineAbove(Edition e, Page page, Rect r) {
        HeadlineFrame best = null;
        int tolerance = e.templateOf(page).pitch();
        for (Frame f : page.frames()) {
            if (!(f instanceof HeadlineFrame h) || e.storyOfFrame(h.id()).isPresent()) continue;
            Rect b = h.bounds();
            boolean across = b.x() < r.right() && r.x() < b.right();
            if (!across || b.bottom() > r.y() + tolerance) continue;
            if (best == null || b.bottom() > best.bounds().bottom()) best = h;
        }
        return Optional.ofNullable(best);
    }
}
