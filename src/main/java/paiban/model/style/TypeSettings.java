package paiban.model.style;

/**
 * How a paragraph style sets its characters beyond face and size: 长体/扁体 scale,
 * tracking, the Han–Latin space and the punctuation width. {@link #DEFAULT} sets
 * type as Paiban always did.
 *
 * @param horizontalScale width of each glyph, percent of normal (长一 = 90)
 * @param verticalScale   height of each glyph, percent of normal (扁一 = 90)
 * @param tracking        space added after every character but a line's last, 1/1000 字 (may be negative)
 * @param hanLatin        space between Han and Latin letters or digits
 * @param punctuation     width of full-width punctuation
 */
public record TypeSettings(int horizontalScale, int verticalScale, int tracking, HanLatinSpace hanLatin,
                           PunctuationWidth punctuation) {
    public static final int MIN_SCALE = 10, MAX_SCALE = 400;
    public static final int MIN_TRACKING = -500, MAX_TRACKING = 5_000;
    public static final TypeSettings DEFAULT = new TypeSettings(100, 100, 0, HanLatinSpace.QUARTER,
            PunctuationWidth.KAIMING);

    public TypeSettings {
        checkScale(horizontalScale);
        checkScale(verticalScale);
        checkTracking(tracking);
        if (hanLatin == null) hanLatin = HanLatinSpace.QUARTER;
        if (punctuation == null) punctuation = PunctuationWidth.KAIMING;
    }

    public static void checkScale(int percent) {
        if (percent < MIN_SCALE || percent > MAX_SCALE)
            throw new IllegalArgumentException("scale must be " + MIN_SCALE + "–" + MAX_SCALE + " %, was " + percent);
    }

    public static void checkTracking(int thousandths) {
        if (thousandths < MIN_TRACKING || thousandths > MAX_TRACKING)
            throw new IllegalArgumentException("tracking must be " + MIN_TRACKING + "–" + MAX_TRACKING
                    + " thousandths of a 字, was " + thousandths);
    }

    public boolean isDefault() { return equals(DEFAULT); }

    /** The named step of the scales, or null for a custom pair. */
    public ScaleStep step() { return ScaleStep.of(horizontalScale, verticalScale); }

    public TypeSettings withScale(int horizontal, int vertical) {
        return new TypeSettings(horizontal, vertical, tracking, hanLatin, punctuation);
    }

    public TypeSettings withStep(ScaleStep s) { return withScale(s.horizontal(), s.vertical()); }

    public TypeSettings withTracking(int t) {
        return new TypeSettings(horizontalScale, verticalScale, t, hanLatin, punctuation);
    }

    public TypeSettings withHanLatin(HanLatinSpace h) {
        return new TypeSettings(horizontalScale, verticalScale, tracking, h, punctuation);
    }

    public TypeSettings withPunctuation(PunctuationWidth p) {
        return new TypeSettings(horizontalScale, verticalScale, tracking, hanLatin, p);
    }
}
