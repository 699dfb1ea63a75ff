package paiban.model.style;

/**
 * A named paragraph style. Sizes are millipoints; vertical amounts are whole
 * grid lines of the page, so body text of every story stays on one grid.
 *
 * @param linesPerLine grid lines one text line occupies (1 for body, more for headlines)
 * @param indentChars  first-line indent in 字 of this style's size
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
        Cmyk color) {

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
    }

    public ParagraphStyle withSize(int newSize) {
        return new ParagraphStyle(name, family, bold, newSize, linesPerLine, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color);
    }

    public ParagraphStyle withAlignment(Alignment a) {
        return new ParagraphStyle(name, family, bold, size, linesPerLine, indentChars, a,
                spaceBeforeLines, spaceAfterLines, prohibition, color);
    }

    public ParagraphStyle withLinesPerLine(int lines) {
        return new ParagraphStyle(name, family, bold, size, lines, indentChars, alignment,
                spaceBeforeLines, spaceAfterLines, prohibition, color);
    }
}
