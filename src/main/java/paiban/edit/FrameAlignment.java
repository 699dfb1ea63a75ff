package paiban.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import paiban.model.Rect;
import paiban.model.frame.Frame;

/**
 * 对齐 and 分布 of selected frames, each one undo step of {@link MoveFrame}s.
 * Frames align to the box around the selection (left edges to its left, and
 * so on); distributing keeps the first and last frame where they are and
 * gives the ones between equal gaps. Locked frames stay where they are, but
 * count for the box.
 */
public final class FrameAlignment {
    /** Which edge or middle lines up. */
    public enum Edge { LEFT, CENTRE, RIGHT, TOP, MIDDLE, BOTTOM }

    private FrameAlignment() {}

    /** The frames lined up on {@code edge}; null when fewer than two or nothing moves. */
    public static Change align(String pageId, List<Frame> frames, Edge edge) {
        if (frames.size() < 2) return null;
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = Integer.MIN_VALUE, bottom = Integer.MIN_VALUE;
        for (Frame f : frames) {
            Rect b = f.bounds();
            left = Math.min(left, b.x());
            top = Math.min(top, b.y());
            right = Math.max(right, b.right());
            bottom = Math.max(bottom, b.bottom());
        }
        List<Change> moves = new ArrayList<>();
        for (Frame f : frames) {
            Rect b = f.bounds();
            int x = switch (edge) {
                case LEFT -> left;
                case CENTRE -> left + (right - left - b.width()) / 2;
                case RIGHT -> right - b.width();
                default -> b.x();
            };
            int y = switch (edge) {
                case TOP -> top;
                case MIDDLE -> top + (bottom - top - b.height()) / 2;
                case BOTTOM -> bottom - b.height();
                default -> b.y();
            };
            if (!f.locked() && (x != b.x() || y != b.y())) moves.add(new MoveFrame(pageId, f.id(), b.moved(x - b.x(), y - b.y())));
        }
        return moves.isEmpty() ? null : new ChangeSequence("change.align", moves);
    }

    /**
     * Equal gaps between the frames across ({@code horizontal}) or down the
     * page, the outermost two staying; null for fewer than three or no move.
     */
    public static Change distribute(String pageId, List<Frame> frames, boolean horizontal) {
        if (frames.size() < 3) return null;
        List<Frame> sorted = new ArrayList<>(frames);
        sorted.sort(Comparator.comparingInt(f -> horizontal ? f.bounds().x() : f.bounds().y()));
        Rect first = sorted.get(0).bounds(), last = sorted.get(sorted.size() - 1).bounds();
        long span = horizontal ? last.right() - first.x() : last.bottom() - first.y();
        long sizes = 0;
        for (Frame f : sorted) sizes += horizontal ? f.bounds().width() : f.bounds().height();
        double gap = (span - sizes) / (double) (sorted.size() - 1);
        List<Change> moves = new ArrayList<>();
        double at = horizontal ? first.x() : first.y();
        for (Frame f : sorted) {
            Rect b = f.bounds();
            int to = (int) Math.round(at);
            int d = to - (horizontal ? b.x() : b.y());
            if (d != 0 && !f.locked()) moves.add(new MoveFrame(pageId, f.id(), horizontal ? b.moved(d, 0) : b.moved(0, d)));
            at += (horizontal ? b.width() : b.height()) + gap;
        }
        return moves.isEmpty() ? null : new ChangeSequence("change.distribute", moves);
    }
}
