package paiban.render.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import paiban.model.unit.Units;

/**
 * Where the trimmed page sits on the PDF page, and the nested boxes
 * MediaBox ⊇ BleedBox ⊇ TrimBox. Converts the layout's y-down millipoints
 * from the trim's top-left corner to PDF's y-up space.
 */
final class PageGeometry {
    static final int MARK_LENGTH = Units.mm(8);
    static final int MARK_WEIGHT = 250;

    final int trimWidth;
    final int trimHeight;
    final int bleed;
    /** Distance of the crop marks from the trim edge. */
    final int markGap;
    /** Distance from the MediaBox edge to the trim edge. */
    final int offset;

    PageGeometry(int trimWidth, int trimHeight, int bleed, boolean cropMarks) {
        this.trimWidth = trimWidth;
        this.trimHeight = trimHeight;
        this.bleed = bleed;
        this.markGap = Math.max(bleed, Units.mm(3));
        this.offset = cropMarks ? markGap + MARK_LENGTH + Units.mm(2) : bleed;
    }

    long x(int layoutX) { return (long) offset + layoutX; }

    long y(int layoutY) { return (long) offset + trimHeight - layoutY; }

    PDRectangle mediaBox() { return rect(-offset, -offset, trimWidth + 2L * offset, trimHeight + 2L * offset); }

    PDRectangle bleedBox() { return rect(-bleed, -bleed, trimWidth + 2L * bleed, trimHeight + 2L * bleed); }

    PDRectangle trimBox() { return rect(0, 0, trimWidth, trimHeight); }

    /** A rectangle relative to the trim's bottom-left corner, in PDF space. */
    private PDRectangle rect(long x, long y, long w, long h) {
        return new PDRectangle((offset + x) / 1000f, (offset + y) / 1000f, w / 1000f, h / 1000f);
    }
}
