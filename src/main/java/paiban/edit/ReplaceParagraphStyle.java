package paiban.edit;

import java.util.Set;

import paiban.model.Edition;
import paiban.model.style.ParagraphStyle;

/**
 * Puts a changed paragraph style (same name) in the edition's style sheet:
 * every paragraph of that style, in every story, is set anew with it.
 */
public record ReplaceParagraphStyle(ParagraphStyle style) implements Change {
    @Override
    public Applied apply(Edition edition) {
        ParagraphStyle old = edition.styles().find(style.name())
                .orElseThrow(() -> new IllegalArgumentException("no paragraph style " + style.name()));
        return new Applied(edition.withStyles(edition.styles().with(style)), new ReplaceParagraphStyle(old));
    }

    @Override
    public String descriptionKey() { return "change.editStyle"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.style(style.name())); }
}
