package paiban.model.style;

/**
 * A named character style laid over part of a paragraph. Null fields inherit
 * from the paragraph style.
 *
 * @param size            type size in millipoints, or null
 * @param horizontalScale glyph width in percent (长体), or null
 * @param verticalScale   glyph height in percent (扁体), or null
 * @param tracking        space after each character, 1/1000 字, or null
 * @param emphasisDots    着重号: a dot under each Han character (to its right in vertical text); false by default
 */
public record CharStyle(String name, FontFamily family, Boolean bold, Cmyk color, Integer size,
                        Integer horizontalScale, Integer verticalScale, Integer tracking, boolean emphasisDots) {
    public CharStyle {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("character style needs a name");
        if (size != null && size <= 0) throw new IllegalArgumentException("character style " + name + ": size must be positive");
        if (horizontalScale != null) TypeSettings.checkScale(horizontalScale);
        if (verticalScale != null) TypeSettings.checkScale(verticalScale);
        if (tracking != null) TypeSettings.checkTracking(tracking);
    }

    /** A style without emphasis dots. */
    public CharStyle(String name, FontFamily family, Boolean bold, Cmyk color, Integer size,
                     Integer horizontalScale, Integer verticalScale, Integer tracking) {
        this(name, family, bold, color, size, horizontalScale, verticalScale, tracking, false);
    }

    /** A style of face and colour only. */
    public CharStyle(String name, FontFamily family, Boolean bold, Cmyk color) {
        this(name, family, bold, color, null, null, null, null);
    }

    public CharStyle withName(String n) {
        return new CharStyle(n, family, bold, color, size, horizontalScale, verticalScale, tracking, emphasisDots);
    }

    /** The same style in another family (null: the paragraph's). */
    public CharStyle withFamily(FontFamily f) {
        return new CharStyle(name, f, bold, color, size, horizontalScale, verticalScale, tracking, emphasisDots);
    }

    /** The same style bold, not bold, or as the paragraph (null). */
    public CharStyle withBold(Boolean b) {
        return new CharStyle(name, family, b, color, size, horizontalScale, verticalScale, tracking, emphasisDots);
    }

    /** The same style in another colour (null: the paragraph's). */
    public CharStyle withColor(Cmyk c) {
        return new CharStyle(name, family, bold, c, size, horizontalScale, verticalScale, tracking, emphasisDots);
    }

    public CharStyle withSize(Integer s) {
        return new CharStyle(name, family, bold, color, s, horizontalScale, verticalScale, tracking, emphasisDots);
    }

    public CharStyle withScale(Integer horizontal, Integer vertical) {
        return new CharStyle(name, family, bold, color, size, horizontal, vertical, tracking, emphasisDots);
    }

    public CharStyle withTracking(Integer t) {
        return new CharStyle(name, family, bold, color, size, horizontalScale, verticalScale, t, emphasisDots);
    }

    /** The same style with 着重号 on or off. */
    public CharStyle withEmphasisDots(boolean on) {
        return new CharStyle(name, family, bold, color, size, horizontalScale, verticalScale, tracking, on);
    }

    /** The type settings of text in this style inside a paragraph set with {@code base}. */
    public TypeSettings over(TypeSettings base) {
        return new TypeSettings(horizontalScale != null ? horizontalScale : base.horizontalScale(),
                verticalScale != null ? verticalScale : base.verticalScale(),
                tracking != null ? tracking : base.tracking(), base.hanLatin(), base.punctuation());
    }
}
