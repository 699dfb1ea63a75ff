package paiban.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Restacking several frames at once, as DTP tools do: each step moves every
 * selected frame past one unselected neighbour, so selected frames keep
 * their order among themselves and never jump over each other.
 */
final class ZOrder {
    private ZOrder() {}

    /** {@code order} (back to front) with {@code selected} moved {@code steps} forward (negative: back). */
    static List<String> restacked(List<String> order, Collection<String> selected, int steps) {
        List<String> out = new ArrayList<>(order);
        int n = Math.min(Math.abs(steps), out.size());
        for (int step = 0; step < n; step++) {
            boolean moved = false;
            if (steps > 0) {
                for (int i = out.size() - 2; i >= 0; i--) moved |= swapIf(out, selected, i, i + 1);
            } else {
                for (int i = 1; i < out.size(); i++) moved |= swapIf(out, selected, i, i - 1);
            }
            if (!moved) break;
        }
        return out;
    }

    /** Swaps a selected frame at {@code from} with an unselected one at {@code to}. */
    private static boolean swapIf(List<String> out, Collection<String> selected, int from, int to) {
        if (!selected.contains(out.get(from)) || selected.contains(out.get(to))) return false;
        String f = out.get(from);
        out.set(from, out.get(to));
        out.set(to, f);
        return true;
    }
}
