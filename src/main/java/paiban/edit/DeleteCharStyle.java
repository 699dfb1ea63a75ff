package paiban.edit;

import paiban.model.CharStyleReferences;
import paiban.model.Edition;

/**
 * Deletes a character style; its runs move to {@code moveTo}, or lose their
 * formatting when it is null. Undone by putting the sheet and the stories back.
 */
public record DeleteCharStyle(String name, String moveTo) implements Change {
    @Override
    public Applied apply(Edition edition) {
        return new Applied(CharStyleReferences.delete(edition, name, moveTo),
                new DeleteParagraphStyle.RestoreStyleUse(edition, descriptionKey()));
    }

    @Override
    public String descriptionKey() { return "change.deleteCharStyle"; }
}
