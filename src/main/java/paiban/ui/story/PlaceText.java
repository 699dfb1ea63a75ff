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
        List<Change> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
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
        notes.addAll(paiban.io.imports.ImportReportTexts.of(Messages.current()).lines(imported.report()));
        return new Placement(new ChangeSequence("change.placeText", steps), frame.id(), notes);
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
