package paiban.edit;

import paiban.model.Edition;
import paiban.model.StyleReferences;

/**
 * Renames a paragraph style in the sheet and everywhere it is named:
 * paragraphs, running headers, tables, the styles based on it.
 */
public record RenameParagraphStyle(String from, String to) implements Change {
    @Override
    public Applied apply(Edition edition) {
        return new Applied(StyleReferences.rename(edition, from, to), new RenameParagraphStyle(to, from));
    }

    @Override
    public String descriptionKey() { return "change.renameStyle"; }
}
