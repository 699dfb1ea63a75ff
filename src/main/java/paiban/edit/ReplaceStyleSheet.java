package paiban.edit;

import paiban.model.Edition;
import paiban.model.style.StyleSheet;

/**
 * Puts a whole style sheet in place of the edition's: a style made, copied,
 * edited (its changes carried to the styles based on it), given a role or a
 * parent. Undone exactly by putting the old sheet back.
 *
 * @param descriptionKey message key of what was done, for 撤销 / 重做
 */
public record ReplaceStyleSheet(StyleSheet sheet, String descriptionKey) implements Change {
    @Override
    public Applied apply(Edition edition) {
        return new Applied(edition.withStyles(sheet), new ReplaceStyleSheet(edition.styles(), descriptionKey));
    }
}
