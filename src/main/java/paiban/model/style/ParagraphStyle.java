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
 * @param uprightDigits in vertical text (竖排), numbers of two up to this many digits stand upright side by
 *                     side in one cell (纵中横, 27 in 4月27日); longer ones are turned with the Latin (3; 0–4)
 * @param type         长体/扁体 scale, tracking, Han–Latin space and punctuation width
 *                     ({@link TypeSettings#DEFAULT})
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
        int uprightDigits,
        TypeSettings type) {
    /** 纵中横 for numbers of two and three digits, as clreq's usual practice. */
    public static final int DEFAULT_UPRIGHT_DIGITS = 3;
    public static final int MAX_UPRIGHT_DIGITS = 4;

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
        if (uprightDigits < 0 || uprightDigits > MAX_UPRIGHT_DIGITS)
            throw new IllegalArgumentException("style " + name + ": upright digits must be 0 to " + MAX_UPRIGHT_DIGITS);
        if (type == null) type = TypeSettings.DEFAULT;
    }

    /** A style with the usual 纵中横 and default type settings. */
    public ParagraphStyle(String name, FontFamily family, boolean bold, int size, int linesPerLine, double indentChars,
                          Alignment alignment, int spaceBeforeLines, int spaceAfterLines, ProhibitionLevel prohibition,
                          Cmyk color, double leftIndentChars, double rightIndentChars, double spreadChars) {
        this(name, family, bold, size, linesPerLine, indentChars, alignment, spaceBeforeLines, spaceAfterLines,
                prohibition, color, leftIndentChars, rightIndentChars, spreadChars, DEFAULT_UPRIGHT_DIGITS,
                TypeSettings.DEFAULT);
    }

    /** A style with default type settings. */
    public ParagraphStyle(String name, FontFamily family, boolean bold, int size, int linesPerLine, double indentChars,
                          Alignment alignment, int spaceBeforeLines, int spaceAfterLines, ProhibitionLevel prohibition,
                          Cmyk color, double leftIndentChars, double rightIndentChars, double spreadChars,
                          int uprightDigits) {
        this(name, family, bold, size, linesPerLine, indentChars, alignment, spaceBeforeLines, spaceAfterLines,
                prohibition, color, leftIndentChars, rightIndentChars, spreadChars, uprightDigits, TypeSettings.DEFAULT);
    }

    /** A style with the usual 纵中横. */
    public ParagraphStyle(String name, FontFamily family, boolean bold, int size, int linesPerLine, double indentChars,
                          Alignment alignment, int spaceBeforeLines, int spaceAfterLines, ProhibitionLevel prohibition,
                          Cmyk color, double leftIndentChars, double rightIndentChars, double spreadChars,
                          TypeSettings type) {
        this(name, family, bold, size, linesPerLine, indentChars, alignment, spaceBeforeLines, spaceAfterLines,
                prohibition, color, leftIndentChars, rightIndentChars, spreadChars, DEFAULT_UPRIGHT_DIGITS, type);
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
                spaceBeforeLines, spaceAfterLines, prohibition, color, left, right, spread, uprightDigits, type);
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
                uprightDigits, type);
    }

    public ParagraphStyle withAlignment(Alignment a) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, a,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                uprightDigits, type);
    }

    public ParagraphStyle withLinesPerLine(int lines) {
        return new ParagraphStyle(name, family, bold, size, lines, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                uprightDigits, type);
    }

    /** The same style with numbers of up to {@code digits} digits upright in vertical text. */
    public ParagraphStyle withUprightDigits(int digits) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                digits, type);
    }

    /** The same style with these type settings. */
    public ParagraphStyle withType(TypeSettings t) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                uprightDigits, t);
    }
}
