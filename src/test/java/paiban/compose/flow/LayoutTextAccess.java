package paiban.compose.flow;

import paiban.layout.EditionLayout;

/** {@link LayoutText}'s dump for tests outside this package (the editor compares its incremental layout with it). */
public final class LayoutTextAccess {
    private LayoutTextAccess() {}

    public static String dump(EditionLayout layout) {
        return LayoutText.dump(layout);
    }
}
