package paiban.render.placed;

/**
 * A rectangle of a PDF page in its own user space: points, origin bottom-left, y up.
 */
public record PageBox(double x, double y, double width, double height) {
    public double top() { return y + height; }

    public double widthMm() { return width * 25.4 / 72; }

    public double heightMm() { return height * 25.4 / 72; }
}
