package paiban.model;

import paiban.model.unit.Units;

/**
 * A page defined the way Chinese newspapers define it: in body characters.
 * The type area (版心) follows from body size, characters per column, the
 * column gap in 字, the number of columns, lines and the line pitch.
 *
 * @param bodySize      body character size (小五 = 9 pt)
 * @param charsPerColumn characters per basic column (13 on a 对开 page)
 * @param gapChars      column gap in 字
 * @param lines         grid lines per column
 * @param pitch         baseline-to-baseline distance of the line grid
 */
public record PageTemplate(
        String name,
        int trimWidth,
        int trimHeight,
        int marginTop,
        int marginLeft,
        int bodySize,
        int charsPerColumn,
        int gapChars,
        int columns,
        int lines,
        int pitch) {

    public PageTemplate {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("template needs a name");
        if (trimWidth <= 0 || trimHeight <= 0) throw new IllegalArgumentException("template " + name + ": trim size must be positive");
        if (bodySize <= 0) throw new IllegalArgumentException("template " + name + ": body size must be positive");
        if (charsPerColumn < 1 || columns < 1 || lines < 1)
            throw new IllegalArgumentException("template " + name + ": columns, characters and lines must be at least 1");
        if (gapChars < 0) throw new IllegalArgumentException("template " + name + ": gap must not be negative");
        if (charsPerColumn > Limits.MAX_CHARS_PER_COLUMN || columns > Limits.MAX_COLUMNS || lines > Limits.MAX_LINES
                || gapChars > Limits.MAX_GAP_CHARS) {
            throw new IllegalArgumentException("template " + name + ": at most " + Limits.MAX_COLUMNS + " columns of "
                    + Limits.MAX_CHARS_PER_COLUMN + " characters, a gap of " + Limits.MAX_GAP_CHARS + " and "
                    + Limits.MAX_LINES + " lines");
        }
        if (pitch < bodySize) throw new IllegalArgumentException("template " + name + ": pitch is smaller than the body size");
    }

    /** 对开 broadsheet: trim 390×545 mm, 8 columns of 13 小五 characters, 102 lines at 13.5 pt. */
    public static PageTemplate duikai() {
        return centred("对开", Units.mm(390), Units.mm(545), Units.pt(9), 13, 1, 8, 102, Units.pt(13.5));
    }

    /** 四开 tabloid: trim 270×390 mm, 5 columns of 14 小五 characters, 72 lines at 13.5 pt. */
    public static PageTemplate sikai() {
        return centred("四开", Units.mm(270), Units.mm(390), Units.pt(9), 14, 1, 5, 72, Units.pt(13.5));
    }

    /** A template whose type area sits in the middle of the trimmed page. */
    public static PageTemplate centred(String name, int trimW, int trimH, int body, int charsPerColumn,
                                       int gapChars, int columns, int lines, int pitch) {
        int w = (columns * charsPerColumn + (columns - 1) * gapChars) * body;
        int h = spanHeight(lines, pitch, body);
        return new PageTemplate(name, trimW, trimH, Math.max(0, (trimH - h) / 2), Math.max(0, (trimW - w) / 2),
                body, charsPerColumn, gapChars, columns, lines, pitch);
    }

    // Exact arithmetic: the reader keeps every product far inside an int (Limits), and a model
    // built some other way fails loudly instead of wrapping round to a negative size.
    public int columnWidth() { return Math.multiplyExact(charsPerColumn, bodySize); }

    public int gap() { return Math.multiplyExact(gapChars, bodySize); }

    public int typeWidth() { return Math.addExact(Math.multiplyExact(columns, columnWidth()), Math.multiplyExact(columns - 1, gap())); }

    /** From the top of the first line's body to the bottom of the last. */
    public int typeHeight() { return spanHeight(lines); }

    public Rect typeArea() { return new Rect(marginLeft, marginTop, typeWidth(), typeHeight()); }

    public Rect trim() { return new Rect(0, 0, trimWidth, trimHeight); }

    /** Left edge of basic column {@code i} (0-based); {@code i == columns} gives the right edge of the type area. */
    public int columnLeft(int i) {
        if (i >= columns) return marginLeft + typeWidth();
        return marginLeft + i * (columnWidth() + gap());
    }

    public int columnRight(int i) { return columnLeft(i) + columnWidth(); }

    /** Top of the character body on grid line {@code i} (0-based). */
    public int lineTop(int i) { return marginTop + i * pitch; }

    /** Width of {@code n} basic columns with the gaps between them. */
    public int spanWidth(int n) { return Math.addExact(Math.multiplyExact(n, columnWidth()), Math.multiplyExact(n - 1, gap())); }

    /** Basic columns a width spans, at least one: a 3-column-wide text frame gets 3 text columns. */
    public int columnsSpanned(int width) {
        return Math.max(1, (int) Math.round((width + gap()) / (double) (columnWidth() + gap())));
    }

    /** Height of {@code n} grid lines, from the first body top to the last body bottom. */
    public int spanHeight(int n) { return spanHeight(n, pitch, bodySize); }

    /** Height of {@code n} lines of {@code body} type set {@code pitch} apart: one body and n − 1 pitches. */
    public static int spanHeight(int n, int pitch, int body) {
        return Math.addExact(Math.multiplyExact(n - 1, pitch), body);
    }

    /**
     * {@link #spanHeight(int)} for a part line too (a frame typed as 9.5 行), rounded to the nearest unit.
     * @throws IllegalArgumentException when no length can hold it
     */
    public int spanHeight(double n) {
        double h = bodySize + (double) Math.round((n - 1) * pitch);
        if (!(Math.abs(h) <= Integer.MAX_VALUE)) throw new IllegalArgumentException(n + " lines is no height a page can hold");
        return (int) h;
    }

    /** The grid lines a {@code height} spans, the inverse of {@link #spanHeight(double)}: 1 for one body, and a fraction between. */
    public double linesSpanned(int height) { return (height - bodySize) / (double) pitch + 1; }

    /** The frame rectangle covering columns [col, col+span) and lines [line, line+lineCount). */
    public Rect gridRect(int col, int span, int line, int lineCount) {
        return new Rect(columnLeft(col), lineTop(line), spanWidth(span), spanHeight(lineCount));
    }

    public PageTemplate named(String newName) {
        return new PageTemplate(newName, trimWidth, trimHeight, marginTop, marginLeft, bodySize,
                charsPerColumn, gapChars, columns, lines, pitch);
    }
}
