package paiban.edit;

import java.util.Set;

import paiban.model.Edition;
import paiban.model.Page;

/** Puts a changed page (same id) in place of the old one: its label or section. */
public record ReplacePage(Page page) implements Change {
    @Override
    public Applied apply(Edition edition) {
        Page old = edition.page(page.id()).orElseThrow(() -> new IllegalArgumentException("no page " + page.id()));
        return new Applied(edition.withPage(page), new ReplacePage(old));
    }

    @Override
    public String descriptionKey() { return "change.editPage"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.page(page.id())); }
}
