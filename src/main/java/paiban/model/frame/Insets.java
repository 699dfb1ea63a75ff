package paiban.model.frame;

/** Space between a frame's border and its text on each side, millipoints. */
public record Insets(int top, int right, int bottom, int left) {
    public static final Insets NONE = new Insets(0, 0, 0, 0);

    public Insets {
        if (top < 0 || right < 0 || bottom < 0 || left < 0) {
            throw new IllegalArgumentException("insets must not be negative");
        }
    }

    /** The same inset on all four sides. */
    public static Insets uniform(int inset) { return new Insets(inset, inset, inset, inset); }

    public boolean isUniform() { return top == right && right == bottom && bottom == left; }

    public Insets withTop(int v) { return new Insets(v, right, bottom, left); }

    public Insets withRight(int v) { return new Insets(top, v, bottom, left); }

    public Insets withBottom(int v) { return new Insets(top, right, v, left); }

    public Insets withLeft(int v) { return new Insets(top, right, bottom, v); }
}
