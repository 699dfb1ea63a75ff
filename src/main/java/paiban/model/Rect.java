package paiban.model;

/** An axis-aligned rectangle in millipoints, origin top-left of the trimmed page, y down. */
public record Rect(int x, int y, int width, int height) {
    public Rect {
        if (width < 0 || height < 0) throw new IllegalArgumentException("negative size " + width + "×" + height);
    }

    public int right() { return x + width; }

    public int bottom() { return y + height; }

    public boolean intersects(Rect o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    public boolean contains(Rect o) {
        return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
    }

    public boolean contains(int px, int py) {
        return px >= x && px < right() && py >= y && py < bottom();
    }

    public Rect inset(int d) {
        return new Rect(x + d, y + d, Math.max(0, width - 2 * d), Math.max(0, height - 2 * d));
    }

    public Rect grow(int d) {
        return new Rect(x - d, y - d, width + 2 * d, height + 2 * d);
    }

    public Rect moved(int dx, int dy) {
        return new Rect(x + dx, y + dy, width, height);
    }
}
