package paiban.edit;

import java.util.Set;

import paiban.model.Edition;
import paiban.model.style.ParagraphStyle;

/**
 * Puts a changed paragraph style (same name) in the edition's style sheet:
 * every paragraph of that style, in every story, is set anew with it, and the
 * styles based on it take the values they inherited. Undone by the old sheet.
 */
public record ReplaceParagraphStyle(ParagraphStyle style) implements Change {
    @Override
    public Applied apply(Edition edition) {
        edition.styles().find(style.name())
                .orElseThrow(() -> new IllegalArgumentException("no paragraph style " + style.name()));
        return new Applied(edition.withStyles(edition.styles().restyle(style.name(), style)),
                new ReplaceStyleSheet(edition.styles(), descriptionKey()));
    }

    @Override
    public String descriptionKey() { return "change.editStyle"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.style(style.name())); }
}
