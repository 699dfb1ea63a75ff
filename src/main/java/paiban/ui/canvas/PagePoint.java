package paiban.ui.canvas;

/** A point on the page in millipoints, origin top-left of the trim. */
public record PagePoint(int x, int y) {
}
