package paiban.ui.panels;

import java.util.Locale;

import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.RuleFrame;
import paiban.model.unit.Units;
import paiban.ui.Messages;

/**
 * The smallest frame the panel takes: one 字 wide and one grid line high (a
 * rule, which is a thin frame by nature, only has to be wider or higher than
 * nothing). A smaller size typed is refused with the bound, in the
 * interface language, and the frame keeps its size.
 */
final class MinimumSize {
    private MinimumSize() {}

    /** {@code bounds} when the frame may take them; else a {@link RefusedValue} naming the bound. */
    static Rect check(Frame f, Rect bounds, PageTemplate t) {
        if (f instanceof RuleFrame) return bounds;
        int least = t.bodySize(); // one 字, and one grid line's body
        if (bounds.width() < least) {
            throw new RefusedValue(Messages.get("prop.refused.narrow", mm(least), mm(bounds.width())));
        }
        if (bounds.height() < least) {
            throw new RefusedValue(Messages.get("prop.refused.low", mm(least), mm(bounds.height())));
        }
        return bounds;
    }

    private static String mm(int mpt) { return String.format(Locale.ROOT, "%.1f", Units.toMm(mpt)); }
}
