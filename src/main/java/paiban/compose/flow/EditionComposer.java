package paiban.compose.flow;

import java.nio.file.Path;

import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;

/**
 * Composes a whole edition into the layout both renderers draw: stories
 * flowed through their chains with jump lines and copyfit, headlines,
 * headers, rules, images and ads. Composed lines are cached between calls,
 * so composing again after a change is cheap; for live editing use a
 * {@link FlowSession}, which also skips what did not change.
 */
public final class EditionComposer {
    private final FlowSession session;

    public EditionComposer(FontLibrary fonts) {
        this.session = new FlowSession(fonts);
    }

    /** Image paths resolve against the working directory. */
    public EditionLayout compose(Edition edition) {
        return compose(edition, null);
    }

    /** @param baseDir folder of the edition file; relative image paths resolve against it */
    public EditionLayout compose(Edition edition, Path baseDir) {
        return session.compose(edition, baseDir);
    }

    /**
     * The layout of {@code edition}, recomposing only what changed since the
     * last call (a keystroke reflows one story from the changed paragraph on):
     * what the editor uses after every edit.
     */
    public EditionLayout layout(Edition edition, Path baseDir) {
        return session.layout(edition, baseDir);
    }

    /** The session both calls compose through: what the last call recomposed. */
    public FlowSession session() {
        return session;
    }
}
