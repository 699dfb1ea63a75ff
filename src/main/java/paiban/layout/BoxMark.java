package paiban.layout;

import paiban.model.Rect;
import paiban.model.style.Cmyk;

/** A rectangle, stroked with {@code stroke} at {@code weight} and/or filled with {@code fill} (null for none). */
public record BoxMark(Rect rect, Cmyk fill, Cmyk stroke, int weight) implements Mark {
}
