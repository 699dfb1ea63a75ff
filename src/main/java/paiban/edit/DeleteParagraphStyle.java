package paiban.edit;

import paiban.model.Edition;
import paiban.model.StyleReferences;

/**
 * Deletes a paragraph style; its paragraphs (and the headers and tables that
 * name it) move to {@code moveTo}, the styles based on it to its own parent.
 */
public record DeleteParagraphStyle(String name, String moveTo) implements Change {
    @Override
    public Applied apply(Edition edition) {
        return new Applied(StyleReferences.delete(edition, name, moveTo), new RestoreStyleUse(edition, descriptionKey()));
    }

    @Override
    public String descriptionKey() { return "change.deleteStyle"; }

    /** Back to the styles, stories and pages of {@code before}; the inverse of a deletion. */
    record RestoreStyleUse(Edition before, String descriptionKey) implements Change {
        @Override
        public Applied apply(Edition edition) {
            Edition back = edition.withStyles(before.styles()).withStories(before.stories()).withPages(before.pages());
            return new Applied(back, new RestoreStyleUse(edition, descriptionKey));
        }
    }
}
