package paiban.compose.flow;

import java.util.List;

import paiban.layout.Mark;
import paiban.layout.RuleMark;
import paiban.layout.StrokeStyle;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.RuleStyle;
import paiban.model.style.Cmyk;

/**
 * The marks of a straight rule in any rule style: a line (solid, dashed,
 * dotted), two lines, or a 花边 pattern in a band {@code weight} wide centred
 * on the line. Rules are horizontal or vertical.
 */
final class RuleShapes {
    private RuleShapes() {}

    static List<Mark> line(RuleStyle style, int weight, Cmyk color, int x1, int y1, int x2, int y2) {
        boolean horizontal = y1 == y2;
        BorderStyle pattern = style.pattern();
        if (pattern != null) {
            int half = weight / 2;
            BorderPatterns.Band band = horizontal
                    ? new BorderPatterns.Band(Math.min(x1, x2), y1 - half, 1, 0, 0, 1, Math.abs(x2 - x1), weight)
                    : new BorderPatterns.Band(x1 - half, Math.min(y1, y2), 0, 1, 1, 0, Math.abs(y2 - y1), weight);
            return BorderPatterns.band(band, pattern, color);
        }
        return switch (style) {
            case DOUBLE -> horizontal
                    ? List.of(new RuleMark(x1, y1 - weight, x2, y2 - weight, weight, color, StrokeStyle.SOLID),
                            new RuleMark(x1, y1 + weight, x2, y2 + weight, weight, color, StrokeStyle.SOLID))
                    : List.of(new RuleMark(x1 - weight, y1, x2 - weight, y2, weight, color, StrokeStyle.SOLID),
                            new RuleMark(x1 + weight, y1, x2 + weight, y2, weight, color, StrokeStyle.SOLID));
            case DASHED -> List.of(new RuleMark(x1, y1, x2, y2, weight, color, StrokeStyle.DASHED));
            case DOTTED -> List.of(new RuleMark(x1, y1, x2, y2, weight, color, StrokeStyle.DOTTED));
            default -> List.of(new RuleMark(x1, y1, x2, y2, weight, color, StrokeStyle.SOLID));
        };
    }
}
