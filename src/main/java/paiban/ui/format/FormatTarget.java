package paiban.ui.format;

import java.util.List;
import java.util.Optional;

import paiban.edit.Change;
import paiban.edit.CharFormatting;
import paiban.model.Edition;

/**
 * The selection formatting acts on: the story editor's or the canvas text
 * mode's. Each formatting is one undo step, and the selection stays on the
 * same characters so several can follow one another.
 */
public interface FormatTarget {
    /** A formatting of a range of a story: a {@link CharFormatting} call, empty when it changes nothing. */
    @FunctionalInterface
    interface Formatting {
        Optional<Change> of(Edition edition, String storyId, CharFormatting.Range range);
    }

    /** Applies {@code f} to the selection as one undo step; false when nothing was selected or changed. */
    boolean format(Formatting f);

    /** The names of the edition's character styles, in sheet order. */
    List<String> charStyleNames();
}
