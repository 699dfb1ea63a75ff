package paiban.render.pdf;

import paiban.model.unit.Units;

/**
 * How print PDFs are made.
 *
 * @param bleed      bleed around the trim, millipoints (the BleedBox)
 * @param cropMarks  draw crop marks outside the bleed (off for ad PDFs)
 * @param parallel   export separate page files on several threads
 */
public record PdfSettings(int bleed, boolean cropMarks, boolean parallel) {
    public PdfSettings {
        if (bleed < 0) throw new IllegalArgumentException("bleed must not be negative");
    }

    public static PdfSettings defaults() {
        return new PdfSettings(Units.mm(3), false, true);
    }

    public PdfSettings withCropMarks(boolean on) { return new PdfSettings(bleed, on, parallel); }

    public PdfSettings withBleed(int b) { return new PdfSettings(b, cropMarks, parallel); }

    public PdfSettings withParallel(boolean on) { return new PdfSettings(bleed, cropMarks, on); }
}
