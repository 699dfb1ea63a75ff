package paiban.ui.story;

import java.util.List;

import paiban.edit.Change;

/**
 * What placing text or an image will do: one undoable change, the frame to
 * select afterwards (the story's frame, or an image's caption frame, ready
 * for typing) and lines for the designer saying what went where.
 */
public record Placement(Change change, String selectFrameId, List<String> notes) {
    public Placement {
        notes = List.copyOf(notes);
    }
}
