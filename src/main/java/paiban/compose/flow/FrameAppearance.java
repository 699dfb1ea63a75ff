package paiban.compose.flow;

import java.util.ArrayList;
import java.util.List;

import paiban.layout.BoxMark;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.RuleMark;
import paiban.layout.StrokeStyle;
import paiban.model.Rect;
import paiban.layout.PathMark;
import paiban.model.frame.AdFrame;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.ColumnRule;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.FrameBorder;
import paiban.model.frame.FrameLook;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.style.Cmyk;

/**
 * Dresses a frame's marks with its look: the fill goes under the text, reversed
 * text turns white, and the border's strokes go on top, each inside the frame's
 * edge in the band of the border's weight (where the composer set no text).
 */
final class FrameAppearance {
    private FrameAppearance() {}

    static FrameLook lookOf(Frame f) {
        if (f instanceof TextFrame t) return t.look();
        if (f instanceof HeadlineFrame h) return h.look();
        if (f instanceof ImageFrame i) return i.look();
        if (f instanceof AdFrame a) return a.look();
        return FrameLook.NONE;
    }

    /** {@code content} with the frame's fill before it and its border after it. */
    static List<Mark> dress(Frame frame, List<Mark> content) {
        FrameLook look = lookOf(frame);
        ColumnRule columnRule = frame instanceof TextFrame t && t.columns() > 1 ? t.columnRule() : null;
        if (look.isPlain() && columnRule == null) return content;
        List<Mark> out = new ArrayList<>(content.size() + 5);
        Cmyk fill = look.printedFill();
        FrameBorder border = look.border();
        if (fill != null && border != null && border.rounded()) {
            Rect b = frame.bounds();
            out.add(new PathMark(BorderPatterns.roundedRect(b.x(), b.y(), b.right(), b.bottom(), border.radius()),
                    fill, null, 0, StrokeStyle.SOLID));
        } else if (fill != null) {
            out.add(new BoxMark(frame.bounds(), fill, null, 0));
        }
        for (Mark m : content) out.add(look.reversed() && m instanceof LineBox line ? white(line) : m);
        if (columnRule != null) out.addAll(columnRules((TextFrame) frame, columnRule));
        if (border != null) out.addAll(border(frame.bounds(), border));
        return out;
    }

    /** 栏线: one rule down the middle of each gap between the frame's text columns, the text area's height. */
    static List<Mark> columnRules(TextFrame f, ColumnRule rule) {
        Rect a = f.textArea();
        List<Mark> out = new ArrayList<>();
        for (int i = 1; i < f.columns(); i++) {
            int x = a.x() + i * f.columnWidth() + (i - 1) * f.gap() + f.gap() / 2;
            out.addAll(RuleShapes.line(rule.style(), rule.weight(), rule.color(), x, a.y(), x, a.bottom()));
        }
        return out;
    }

    private static LineBox white(LineBox line) {
        List<GlyphRun> runs = new ArrayList<>(line.runs().size());
        for (GlyphRun r : line.runs()) {
            runs.add(r.withColor(Cmyk.WHITE));
        }
        return new LineBox(line.x(), line.baseline(), line.width(), runs, line.storyId(), line.paragraph(),
                line.start(), line.end());
    }

    /**
     * The border's strokes. A single line is centred in the band; a double line
     * is two strokes of a third of the weight at the band's outer and inner
     * edges, the inner ones meeting at the inner corners.
     */
    static List<Mark> border(Rect b, FrameBorder border) {
        if (border.rounded()) return rounded(b, border);
        if (border.style().isPattern()) return BorderPatterns.border(b, border);
        List<Mark> out = new ArrayList<>();
        int w = border.weight();
        if (border.style() == BorderStyle.THICK_THIN) {
            int thick = Math.max(1, w / 2), thin = Math.max(1, w / 6);
            sides(out, b, border, thick / 2, thick, 0, StrokeStyle.SOLID);
            sides(out, b, border, w - thin / 2, thin, w - thin, StrokeStyle.SOLID);
        } else if (border.style() == BorderStyle.DOUBLE) {
            int thin = Math.max(1, w / 3);
            sides(out, b, border, thin / 2, thin, 0, StrokeStyle.SOLID);
            sides(out, b, border, w - thin / 2, thin, w - thin, StrokeStyle.SOLID);
        } else {
            StrokeStyle s = switch (border.style()) {
                case DASHED -> StrokeStyle.DASHED;
                case DOTTED -> StrokeStyle.DOTTED;
                default -> StrokeStyle.SOLID;
            };
            sides(out, b, border, w / 2, w, 0, s);
        }
        return out;
    }

    /**
     * One stroke per side that is on, {@code at} inside the edge; each runs the
     * side's length less {@code trim} at an end whose neighbouring side is on.
     */
    /** A border with round corners: the same strokes as a square one, each a rounded rectangle. */
    private static List<Mark> rounded(Rect b, FrameBorder border) {
        int w = border.weight(), r = border.radius();
        Cmyk c = border.color();
        return switch (border.style()) {
            case DOUBLE -> {
                int thin = Math.max(1, w / 3);
                yield List.of(BorderPatterns.roundedStroke(b, thin / 2, thin, r, c, StrokeStyle.SOLID),
                        BorderPatterns.roundedStroke(b, w - thin / 2, thin, r, c, StrokeStyle.SOLID));
            }
            case THICK_THIN -> {
                int thick = Math.max(1, w / 2), thin = Math.max(1, w / 6);
                yield List.of(BorderPatterns.roundedStroke(b, thick / 2, thick, r, c, StrokeStyle.SOLID),
                        BorderPatterns.roundedStroke(b, w - thin / 2, thin, r, c, StrokeStyle.SOLID));
            }
            case DASHED -> List.of(BorderPatterns.roundedStroke(b, w / 2, w, r, c, StrokeStyle.DASHED));
            case DOTTED -> List.of(BorderPatterns.roundedStroke(b, w / 2, w, r, c, StrokeStyle.DOTTED));
            default -> List.of(BorderPatterns.roundedStroke(b, w / 2, w, r, c, StrokeStyle.SOLID));
        };
    }

    private static void sides(List<Mark> out, Rect b, FrameBorder br, int at, int weight, int trim, StrokeStyle s) {
        Cmyk c = br.color();
        int x0 = b.x() + (br.left() ? trim : 0), x1 = b.right() - (br.right() ? trim : 0);
        int y0 = b.y() + (br.top() ? trim : 0), y1 = b.bottom() - (br.bottom() ? trim : 0);
        if (br.top()) out.add(new RuleMark(x0, b.y() + at, x1, b.y() + at, weight, c, s));
        if (br.right()) out.add(new RuleMark(b.right() - at, y0, b.right() - at, y1, weight, c, s));
        if (br.bottom()) out.add(new RuleMark(x0, b.bottom() - at, x1, b.bottom() - at, weight, c, s));
        if (br.left()) out.add(new RuleMark(b.x() + at, y0, b.x() + at, y1, weight, c, s));
    }
}
