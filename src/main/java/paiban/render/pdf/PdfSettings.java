package paiban.render.pdf;

import paiban.model.EditionSettings;
import paiban.model.unit.Units;

/**
 * How print PDFs are made.
 *
 * @param bleed      bleed around the trim, millipoints (the BleedBox)
 * @param cropMarks  draw crop marks outside the bleed (off for ad PDFs)
 * @param parallel   export separate page files on several threads
 * @param inkLimit   total ink no converted image exceeds, percent (the edition's {@code inkLimit})
 */
public record PdfSettings(int bleed, boolean cropMarks, boolean parallel, int inkLimit) {
    /** Newsprint's usual total ink limit, percent. */
    public static final int DEFAULT_INK_LIMIT = 240;

    public PdfSettings {
        if (bleed < 0) throw new IllegalArgumentException("bleed must not be negative");
        if (inkLimit < 100 || inkLimit > 400) throw new IllegalArgumentException("ink limit must be 100..400%, was " + inkLimit);
    }

    public PdfSettings(int bleed, boolean cropMarks, boolean parallel) {
        this(bleed, cropMarks, parallel, DEFAULT_INK_LIMIT);
    }

    public static PdfSettings defaults() {
        return new PdfSettings(Units.mm(3), false, true);
    }

    /** The defaults with an edition's bleed and ink limit. */
    public static PdfSettings of(EditionSettings edition) {
        return defaults().withBleed(edition.bleed()).withInkLimit(edition.inkLimit());
    }

    public PdfSettings withCropMarks(boolean on) { return new PdfSettings(bleed, on, parallel, inkLimit); }

    public PdfSettings withBleed(int b) { return new PdfSettings(b, cropMarks, parallel, inkLimit); }

    public PdfSettings withParallel(boolean on) { return new PdfSettings(bleed, cropMarks, on, inkLimit); }

    public PdfSettings withInkLimit(int percent) { return new PdfSettings(bleed, cropMarks, parallel, percent); }
}
