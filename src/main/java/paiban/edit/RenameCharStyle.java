package paiban.edit;

import paiban.model.CharStyleReferences;
import paiban.model.Edition;

/** Renames a character style in the sheet and in every run that names it. */
public record RenameCharStyle(String from, String to) implements Change {
    @Override
    public Applied apply(Edition edition) {
        return new Applied(CharStyleReferences.rename(edition, from, to), new RenameCharStyle(to, from));
    }

    @Override
    public String descriptionKey() { return "change.renameCharStyle"; }
}
