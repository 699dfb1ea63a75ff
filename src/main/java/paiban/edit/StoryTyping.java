package paiban.edit;

import java.util.List;

import paiban.model.Edition;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/**
 * Text edits of stories, from the story editor and from the page canvas,
 * as undoable changes where a burst of keystrokes is one undo step: an edit
 * merges with the previous one while it is in the same story and in the
 * paragraph typed in last or next to it (the one Enter just made). One
 * instance is shared by both editors, so they keep one notion of a burst.
 */
public final class StoryTyping {
    private final History undo;
    private Burst burst;
    private long serials;
    private int lastParagraph = -1;

    /** What a run of keystrokes shares: one story and a serial number. */
    private record Burst(String storyId, long serial) {}

    public StoryTyping(History undo) {
        this.undo = undo;
    }

    public History history() { return undo; }

    /** Gives story {@code storyId} new paragraphs, the first changed one being {@code paragraph}. */
    public void setText(String storyId, List<Paragraph> paragraphs, int paragraph) {
        apply(storyId, new SetStoryText(storyId, paragraphs), paragraph);
    }

    /** Applies a text change of {@code storyId} (also one that creates the story) as part of the current burst. */
    public void apply(String storyId, Change change, int paragraph) {
        if (burst == null || !burst.storyId().equals(storyId) || Math.abs(paragraph - lastParagraph) > 1) {
            burst = new Burst(storyId, ++serials);
        }
        lastParagraph = paragraph;
        undo.applyMerging(change, burst);
    }

    /**
     * Another story is shown: the next edit of any other story starts an undo
     * step of its own. A burst in {@code storyId} itself goes on (the story
     * the first keystroke in an empty frame made comes into view mid-burst).
     */
    public void showing(String storyId) {
        if (burst != null && !burst.storyId().equals(storyId)) burst = null;
    }

    /**
     * The first keystroke in a frame without a story: a new story of
     * {@code paragraphs} threaded through {@code frame}, as the start of a
     * burst (undoing the burst takes the story away again).
     *
     * @return the new story's id
     */
    public String startStory(Edition edition, FrameRef frame, List<Paragraph> paragraphs) {
        String id = Stories.freshId(edition, "story");
        Story created = new Story(id, "", paragraphs, List.of(frame));
        apply(id, new ChangeSequence("change.editText", List.of(new AddStory(created))), 0);
        return id;
    }

    /** The next edit starts an undo step of its own (a restyle, a paste). */
    public void endBurst() {
        burst = null;
    }
}
