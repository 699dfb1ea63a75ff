package paiban.model.style;

/**
 * A named paragraph style. Sizes are millipoints; vertical amounts are whole
 * grid lines of the page, so body text of every story stays on one grid.
 *
 * <p>The record grew a field at a time (vertical text, type settings, roles,
 * keeping lines together); the shorter constructors stay so that code and
 * tests written before a field existed still say what they meant, with the
 * new field at its default.
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
 * @param role         what the style is for; behaviour goes by role, never by name ({@link StyleRole#BODY})
 * @param basedOn      the style this one inherits its unset values from, "" for none; the values
 *                     here are always the resolved ones (see {@link StyleSheet#restyle})
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
        int uprightDigits,
        TypeSettings type,
        StyleRole role,
        String basedOn,
        int keepWithNextLines,
        int keepFirstLines,
        int keepLastLines) {
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
        if (role == null) role = StyleRole.BODY;
        if (basedOn == null) basedOn = "";
        if (basedOn.equals(name)) throw new IllegalArgumentException("style " + name + " cannot be based on itself");
        if (keepWithNextLines < 0 || keepFirstLines < 0 || keepLastLines < 0)
            throw new IllegalArgumentException("style " + name + ": lines kept together must not be negative");
    }

    /**
     * A style with the role its name has in the default sheet (正文 → BODY, 主题 → TITLE, others BODY), based
     * on none, with default type settings, the usual 纵中横 and no lines kept together.
     */
    public ParagraphStyle(String name, FontFamily family, boolean bold, int size, int linesPerLine, double indentChars,
                          Alignment alignment, int spaceBeforeLines, int spaceAfterLines, ProhibitionLevel prohibition,
                          Cmyk color, double leftIndentChars, double rightIndentChars, double spreadChars) {
        this(name, family, bold, size, linesPerLine, indentChars, alignment, spaceBeforeLines, spaceAfterLines,
                prohibition, color, leftIndentChars, rightIndentChars, spreadChars, DEFAULT_UPRIGHT_DIGITS,
                TypeSettings.DEFAULT, StyleRole.ofStandardName(name), "", 0, 0, 0);
    }

    /** As the 14-value style, with this 纵中横 setting. */
    public ParagraphStyle(String name, FontFamily family, boolean bold, int size, int linesPerLine, double indentChars,
                          Alignment alignment, int spaceBeforeLines, int spaceAfterLines, ProhibitionLevel prohibition,
                          Cmyk color, double leftIndentChars, double rightIndentChars, double spreadChars,
                          int uprightDigits) {
        this(name, family, bold, size, linesPerLine, indentChars, alignment, spaceBeforeLines, spaceAfterLines,
                prohibition, color, leftIndentChars, rightIndentChars, spreadChars, uprightDigits,
                TypeSettings.DEFAULT, StyleRole.ofStandardName(name), "", 0, 0, 0);
    }

    /** As the 14-value style, with these type settings. */
    public ParagraphStyle(String name, FontFamily family, boolean bold, int size, int linesPerLine, double indentChars,
                          Alignment alignment, int spaceBeforeLines, int spaceAfterLines, ProhibitionLevel prohibition,
                          Cmyk color, double leftIndentChars, double rightIndentChars, double spreadChars,
                          TypeSettings type) {
        this(name, family, bold, size, linesPerLine, indentChars, alignment, spaceBeforeLines, spaceAfterLines,
                prohibition, color, leftIndentChars, rightIndentChars, spreadChars, DEFAULT_UPRIGHT_DIGITS, type,
                StyleRole.ofStandardName(name), "", 0, 0, 0);
    }

    /** As the 14-value style, with this role and parent. */
    public ParagraphStyle(String name, FontFamily family, boolean bold, int size, int linesPerLine, double indentChars,
                          Alignment alignment, int spaceBeforeLines, int spaceAfterLines, ProhibitionLevel prohibition,
                          Cmyk color, double leftIndentChars, double rightIndentChars, double spreadChars,
                          StyleRole role, String basedOn) {
        this(name, family, bold, size, linesPerLine, indentChars, alignment, spaceBeforeLines, spaceAfterLines,
                prohibition, color, leftIndentChars, rightIndentChars, spreadChars, DEFAULT_UPRIGHT_DIGITS,
                TypeSettings.DEFAULT, role, basedOn, 0, 0, 0);
    }

    /** As the 14-value style, keeping these lines together. */
    public ParagraphStyle(String name, FontFamily family, boolean bold, int size, int linesPerLine, double indentChars,
                          Alignment alignment, int spaceBeforeLines, int spaceAfterLines, ProhibitionLevel prohibition,
                          Cmyk color, double leftIndentChars, double rightIndentChars, double spreadChars,
                          int keepWithNextLines, int keepFirstLines, int keepLastLines) {
        this(name, family, bold, size, linesPerLine, indentChars, alignment, spaceBeforeLines, spaceAfterLines,
                prohibition, color, leftIndentChars, rightIndentChars, spreadChars, DEFAULT_UPRIGHT_DIGITS,
                TypeSettings.DEFAULT, StyleRole.ofStandardName(name), "", keepWithNextLines, keepFirstLines,
                keepLastLines);
    }

    /** A style with no side indents, spread lines filling the measure. */
    public ParagraphStyle(String name, FontFamily family, boolean bold, int size, int linesPerLine, double indentChars,
                          Alignment alignment, int spaceBeforeLines, int spaceAfterLines, ProhibitionLevel prohibition,
                          Cmyk color) {
        this(name, family, bold, size, linesPerLine, indentChars, alignment, spaceBeforeLines, spaceAfterLines,
                prohibition, color, 0, 0, 0);
    }

    /** Left indent in millipoints. */
    public int leftIndent() { return (int) Math.round(leftIndentChars * size); }

    /** Right indent in millipoints. */
    public int rightIndent() { return (int) Math.round(rightIndentChars * size); }

    /** Width a spread line fills in millipoints, 0 for the whole measure between the indents. */
    public int spreadWidth() { return (int) Math.round(spreadChars * size); }

    /** True when the style keeps any lines together. */
    public boolean keepsLines() {
        return keepWithNextLines > 0 || keepFirstLines > 1 || keepLastLines > 1;
    }

    /** The same style with these side indents and spread width (字). */
    public ParagraphStyle withSides(double left, double right, double spread) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, left, right, spread,
                uprightDigits, type, role, basedOn, keepWithNextLines, keepFirstLines, keepLastLines);
    }

    public ParagraphStyle withSize(int newSize) {
        return new ParagraphStyle(name, family, bold, newSize, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                uprightDigits, type, role, basedOn, keepWithNextLines, keepFirstLines, keepLastLines);
    }

    public ParagraphStyle withAlignment(Alignment a) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, a,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                uprightDigits, type, role, basedOn, keepWithNextLines, keepFirstLines, keepLastLines);
    }

    public ParagraphStyle withLinesPerLine(int lines) {
        return new ParagraphStyle(name, family, bold, size, lines, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                uprightDigits, type, role, basedOn, keepWithNextLines, keepFirstLines, keepLastLines);
    }

    /** The same style in another family and weight (标宋 for a lead's 主题). */
    public ParagraphStyle withFamily(FontFamily f, boolean isBold) {
        return new ParagraphStyle(name, f, isBold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                uprightDigits, type, role, basedOn, keepWithNextLines, keepFirstLines, keepLastLines);
    }

    /** The same style with numbers of up to {@code digits} digits upright in vertical text. */
    public ParagraphStyle withUprightDigits(int digits) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                digits, type, role, basedOn, keepWithNextLines, keepFirstLines, keepLastLines);
    }

    /** The same style with these type settings. */
    public ParagraphStyle withType(TypeSettings t) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                uprightDigits, t, role, basedOn, keepWithNextLines, keepFirstLines, keepLastLines);
    }

    /** The same style under another name (its role and parent kept). */
    public ParagraphStyle withName(String newName) {
        return new ParagraphStyle(newName, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                uprightDigits, type, role, basedOn, keepWithNextLines, keepFirstLines, keepLastLines);
    }

    public ParagraphStyle withRole(StyleRole newRole) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                uprightDigits, type, newRole, basedOn, keepWithNextLines, keepFirstLines, keepLastLines);
    }

    /** The same values, now inheriting from {@code parent} ("" for none). */
    public ParagraphStyle withBasedOn(String parent) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                uprightDigits, type, role, parent, keepWithNextLines, keepFirstLines, keepLastLines);
    }

    /** The same style keeping these lines together: 背题 lines after it, first and last lines of a break. */
    public ParagraphStyle withKeeps(int withNext, int first, int last) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                uprightDigits, type, role, basedOn, withNext, first, last);
    }
}
