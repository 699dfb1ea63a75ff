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
 * @param role         what the style is for; behaviour goes by role, never by name ({@link StyleRole#BODY})
 * @param basedOn      the style this one inherits its unset values from, "" for none; the values
 *                     here are always the resolved ones (see {@link StyleSheet#restyle})
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
        StyleRole role,
        String basedOn) {

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
        if (role == null) role = StyleRole.BODY;
        if (basedOn == null) basedOn = "";
        if (basedOn.equals(name)) throw new IllegalArgumentException("style " + name + " cannot be based on itself");
    }

    /** A style with the role its name has in the default sheet (正文 → BODY, 主题 → TITLE, others BODY), based on none. */
    public ParagraphStyle(String name, FontFamily family, boolean bold, int size, int linesPerLine, double indentChars,
                          Alignment alignment, int spaceBeforeLines, int spaceAfterLines, ProhibitionLevel prohibition,
                          Cmyk color, double leftIndentChars, double rightIndentChars, double spreadChars) {
        this(name, family, bold, size, linesPerLine, indentChars, alignment, spaceBeforeLines, spaceAfterLines,
                prohibition, color, leftIndentChars, rightIndentChars, spreadChars, StyleRole.ofStandardName(name), "");
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
                spaceBeforeLines, spaceAfterLines, prohibition, color, left, right, spread, role, basedOn);
    }

    /** Left indent in millipoints. */
    public int leftIndent() { return (int) Math.round(leftIndentChars * size); }

    /** Right indent in millipoints. */
    public int rightIndent() { return (int) Math.round(rightIndentChars * size); }

    /** Width a spread line fills in millipoints, 0 for the whole measure between the indents. */
    public int spreadWidth() { return (int) Math.round(spreadChars * size); }

    public ParagraphStyle withSize(int newSize) {
        return new ParagraphStyle(name, family, bold, newSize, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars, role, basedOn);
    }

    public ParagraphStyle withAlignment(Alignment a) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, a,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars, role, basedOn);
    }

    public ParagraphStyle withLinesPerLine(int lines) {
        return new ParagraphStyle(name, family, bold, size, lines, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars, role, basedOn);
    }

    /** The same style under another name (its role and parent kept). */
    public ParagraphStyle withName(String newName) {
        return new ParagraphStyle(newName, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                role, basedOn);
    }

    public ParagraphStyle withRole(StyleRole newRole) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                newRole, basedOn);
    }

    /** The same values, now inheriting from {@code parent} ("" for none). */
    public ParagraphStyle withBasedOn(String parent) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color, leftIndentChars, rightIndentChars, spreadChars,
                role, parent);
    }
}
