package paiban.edit;

import java.util.Set;

import paiban.model.Edition;
import paiban.model.EditionSettings;

/** Puts changed edition settings in place of the old ones: the page numbering, say. */
public record ReplaceSettings(EditionSettings settings) implements Change {
    @Override
    public Applied apply(Edition edition) {
        return new Applied(edition.withSettings(settings), new ReplaceSettings(edition.settings()));
    }

    @Override
    public String descriptionKey() { return "change.editSettings"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.SETTINGS); }
}
