package paiban.ui.canvas;

import paiban.model.Rect;

/**
 * One link of the selected story's chain as the current page shows it: from
 * a frame to the next. When one end is on another page, that end is null
 * and {@code otherPage} names the page (第三版).
 */
public record ThreadLink(Rect from, Rect to, String otherPage) {
    public boolean leavesPage() { return to == null; }

    public boolean entersPage() { return from == null; }
}
