package paiban.ui.panels;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paiban.edit.Change;
import paiban.edit.MoveFrame;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.unit.Units;
import paiban.ui.Messages;

/**
 * A frame's size as the desk counts it: width in 栏 and in 字, height in 行.
 * Each row is the exact inverse of what it shows, so a value typed lands
 * where the mm field would put the same size (8 行 is seven pitches and one
 * body high: the bottom sits on a grid line's foot when the top is on the
 * grid). The frame keeps its top-left corner, as with the mm fields.
 */
final class GridSizeRows {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private GridSizeRows() {}

    static List<PropertyRow> of(String pid, Frame f, PageTemplate t) {
        String cat = Messages.get("prop.geometry");
        Rect b = f.bounds();
        return List.of(
                new PropertyRow(cat, Messages.get("prop.widthColumns"), String.class, PropertiesViewModel.columnsText(b.width(), t),
                        v -> width(pid, f, columns(v.toString(), t), t)),
                new PropertyRow(cat, Messages.get("prop.widthChars"), Double.class, PropertiesViewModel.round1(b.width() / (double) t.bodySize()),
                        v -> width(pid, f, Units.chars(positive(v), t.bodySize()), t)),
                new PropertyRow(cat, Messages.get("prop.heightLines"), Double.class,
                        PropertiesViewModel.round1(t.linesSpanned(b.height())),
                        v -> height(pid, f, lines(v, t), t)));
    }

    /** Width of {@code n} columns and the gaps between them, from "5", "5 栏" or "4.5 col". */
    private static int columns(String typed, PageTemplate t) {
        Matcher m = NUMBER.matcher(typed);
        if (!m.find()) throw new IllegalArgumentException("no number of columns in " + typed);
        double n = positive(Double.parseDouble(m.group()));
        return (int) Math.round(n * (t.columnWidth() + t.gap()) - t.gap());
    }

    private static double positive(Object v) {
        double d = ((Number) v).doubleValue();
        if (!(d > 0)) throw new IllegalArgumentException("a size must be more than 0, was " + v);
        return d;
    }

    private static Change width(String pid, Frame f, int width, PageTemplate t) {
        Rect b = f.bounds();
        return resize(pid, f, MinimumSize.check(f, new Rect(b.x(), b.y(), width, b.height()), t));
    }

    /** Height of {@code n} grid lines: one body and n − 1 pitches. */
    private static int lines(Object v, PageTemplate t) {
        double n = ((Number) v).doubleValue();
        if (!(n >= 1)) throw new IllegalArgumentException("a frame is at least 1 行 high, was " + v);
        return t.spanHeight(n);
    }

    private static Change height(String pid, Frame f, int height, PageTemplate t) {
        Rect b = f.bounds();
        return resize(pid, f, MinimumSize.check(f, new Rect(b.x(), b.y(), b.width(), height), t));
    }

    /** No change when the size typed is the size it has ("5" in a frame of "5 栏"): no empty undo step. */
    private static Change resize(String pid, Frame f, Rect bounds) {
        return bounds.equals(f.bounds()) ? null : new MoveFrame(pid, f.id(), bounds);
    }
}
