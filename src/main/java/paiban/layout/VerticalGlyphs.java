package paiban.layout;

/**
 * Where the glyphs of a vertical line ({@link LineBox#vertical()}) go, in layout millipoints, for
 * both renderers: an upright glyph centred on the column's axis with its em top where the composer
 * put it; a turned run's baseline beside the axis so its em box is centred on it; a 纵中横 group
 * centred in its cell, narrowed to one em when wider.
 */
public final class VerticalGlyphs {
    /** Ascent share of the ideographic em box, thousandths (as the composer's baseline grid). */
    public static final int EM_ASCENT = 880;

    private VerticalGlyphs() {}

    /** Pen x of upright glyph {@code i}: its horizontal advance centred on the axis. */
    public static double uprightX(LineBox line, GlyphRun run, int i) {
        return line.baseline() - run.face().advance(run.glyphs()[i], run.size()) / 2.0;
    }

    /** Baseline y of upright glyph {@code i}. */
    public static double uprightY(LineBox line, GlyphRun run, int i) {
        return line.x() + run.xs()[i] + ascent(run.size());
    }

    /** Page x of a turned run's baseline: the em box (ascent to the right) centred on the axis. */
    public static double rotatedBaselineX(LineBox line, GlyphRun run) {
        return line.baseline() - run.size() * (2 * EM_ASCENT - 1000) / 2000.0;
    }

    /** Page y of turned glyph {@code i}'s pen. */
    public static double rotatedY(LineBox line, GlyphRun run, int i) {
        return line.x() + run.xs()[i];
    }

    /** Natural width of a 纵中横 group set side by side. */
    public static double combinedWidth(GlyphRun run) {
        double w = 0;
        for (int g : run.glyphs()) w += run.face().advance(g, run.size());
        return w;
    }

    /** Horizontal scale of a 纵中横 group: 1, or less when it is wider than one em. */
    public static double combinedScale(GlyphRun run) {
        double w = combinedWidth(run);
        return w <= run.size() || w == 0 ? 1 : run.size() / w;
    }

    /** Pen x of a 纵中横 group's first glyph. */
    public static double combinedX(LineBox line, GlyphRun run) {
        return line.baseline() - combinedWidth(run) * combinedScale(run) / 2;
    }

    /** Baseline y of a 纵中横 group: its em centred in the cell the composer gave it. */
    public static double combinedY(LineBox line, GlyphRun run) {
        int top = line.x() + run.xs()[0], end = line.x() + run.end();
        return top + (end - top - run.size()) / 2.0 + ascent(run.size());
    }

    private static double ascent(int size) {
        return size * EM_ASCENT / 1000.0;
    }
}
