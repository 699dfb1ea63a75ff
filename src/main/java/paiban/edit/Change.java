package paiban.edit;

import paiban.model.Edition;

/**
 * One edit of the edition as a value: applied, it yields the new edition
 * and the change that takes it back. Changes never mutate anything, so
 * undo is applying the inverse.
 */
public interface Change {
    /** @throws IllegalArgumentException when the edition has nothing this change can apply to */
    Applied apply(Edition edition);

    /** Message key of what the change does, for 撤销 / 重做 menu items. */
    String descriptionKey();

    /** The result of applying a change: the new edition and the change that undoes it. */
    record Applied(Edition edition, Change inverse) {}
}
