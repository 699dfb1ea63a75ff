package paiban.model.style;

/**
 * A named paragraph style. Sizes are millipoints; vertical amounts are whole
 * grid lines of the page, so body text of every story stays on one grid.
 *
 * @param linesPerLine grid lines one text line occupies (1 for body, more for headlines)
 * @param indentChars  first-line indent in 字 of this style's size
 * @param leftIndentChars  indent of every line from the measure's left edge, 字 (0)
 * @param rightIndentChars indent of every line from the measure's right edge, 字 (0)
 * @param spreadChars  width in 字 a {@link Alignment#SPREAD} line is spread to, from the left
 *                     indent; 0 spreads to the whole measure between the indents (0)
 * @param keepWithNextLines 背题 kept off: when above 0, the paragraph's lines stay together in one
 *                     column and at least this many grid lines of what follows stand below them in
 *                     that column, or the paragraph moves on to the next column (0: off)
 * @param keepFirstLines  a paragraph breaks across columns only after at least this many of its
 *                     lines (orphans; 0 or 1: any)
 * @param keepLastLines   and leaves at least this many lines for the next column (widows; 0 or 1: any)
 */
public record ParagraphStyle(
        String name,
        FontFamily family,
        boolean bold,
        int size,
        int linesPerLine,
        double indentChars,
        Alignment alignment,
        int spaceBeforeLines,
        int spaceAfterLines,
        ProhibitionLevel prohibition,
        Cmyk color,
        double leftIndentChars,
        double rightIndentChars,
        double spreadChars,
        int keepWithNextLines,
        int keepFirstLines,
        int keepLastLines) {

    public ParagraphStyle {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("style needs a name");
        if (size <= 0) throw new IllegalArgumentException("style " + name + ": size must be positive");
        if (linesPerLine < 1) throw new IllegalArgumentException("style " + name + ": linesPerLine must be ≥ 1");
        if (spaceBeforeLines < 0 || spaceAfterLines < 0)
            throw new IllegalArgumentException("style " + name + ": space must not be negative");
        if (family == null) family = FontFamily.SONG;
        if (alignment == null) alignment = Alignment.JUSTIFY;
        if (prohibition == null) prohibition = ProhibitionLevel.STRICT;
        if (color == null) color = Cmyk.BLACK;
        if (!(leftIndentChars >= 0) || !(rightIndentChars >= 0) || !(spreadChars >= 0))
            throw new IllegalArgumentException("style " + name + ": indents and the spread width must not be negative");
        if (keepWithNextLines < 0 || keepFirstLines < 0 || keepLastLines < 0)
            throw new IllegalArgumentException("style " + name + ": lines kept together must not be negative");
    }

    /** A style that keeps no lines together (背题 and widows/orphans off). */
    public ParagraphStyle(String name, FontFamily family, boolean bold, int size, int linesPerLine, double indentChars,
                          Alignment alignment, int spaceBeforeLines, int spaceAfterLines, ProhibitionLevel prohibition,
                          Cmyk color, double leftIndentChars, double rightIndentChars, double spreadChars) {
        this(name, family, bold, size, linesPerLine, indentChars, alignment, spaceBeforeLines, spaceAfterLines,
                prohibition, color, leftIndentChars, rightIndentChars, spreadChars, 0, 0, 0);
    }

    /** A style with no side indents, spread lines filling the measure. */
    public ParagraphStyle(String name, FontFamily family, boolean bold, int size, int linesPerLine, double indentChars,
                          Alignment alignment, int spaceBeforeLines, int spaceAfterLines, ProhibitionLevel prohibition,
                          Cmyk color) {
        this(name, family, bold, size, linesPerLine, indentChars, alignment, spaceBeforeLines, spaceAfterLines,
                prohibition, color, 0, 0, 0);
    }

    /** The same style with these side indents and spread width (字). */
    public ParagraphStyle withSides(double left, double right, double spread) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, left, right, spread,
                keepWithNextLines, keepFirstLines, keepLastLines);
    }

    /** The same style keeping these lines together: 背题 lines after it, first and last lines of a break. */
    public ParagraphStyle withKeeps(int withNext, int first, int last) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                withNext, first, last);
    }

    /** The same style in another family and weight (标宋 for a lead's 主题). */
    public ParagraphStyle withFamily(FontFamily f, boolean isBold) {
        return new ParagraphStyle(name, f, isBold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                keepWithNextLines, keepFirstLines, keepLastLines);
    }

    /** True when the style keeps any lines together. */
    public boolean keepsLines() {
        return keepWithNextLines > 0 || keepFirstLines > 1 || keepLastLines > 1;
    }

    /** Left indent in millipoints. */
    public int leftIndent() { return (int) Math.round(leftIndentChars * size); }

    /** Right indent in millipoints. */
    public int rightIndent() { return (int) Math.round(rightIndentChars * size); }

    /** Width a spread line fills in millipoints, 0 for the whole measure between the indents. */
    public int spreadWidth() { return (int) Math.round(spreadChars * size); }

    public ParagraphStyle withSize(int newSize) {
        return new ParagraphStyle(name, family, bold, newSize, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                keepWithNextLines, keepFirstLines, keepLastLines);
    }

    public ParagraphStyle withAlignment(Alignment a) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, a,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                keepWithNextLines, keepFirstLines, keepLastLines);
    }

    public ParagraphStyle withLinesPerLine(int lines) {
        return new ParagraphStyle(name, family, bold, size, lines, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                keepWithNextLines, keepFirstLines, keepLastLines);
    }
}
