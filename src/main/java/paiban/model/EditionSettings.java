package paiban.model;

/**
 * Edition-wide settings.
 *
 * @param inkLimit         total area coverage limit in percent (240 for newsprint)
 * @param bleed            bleed around the trim for frames that bleed, millipoints
 * @param firstPageNumber  the number printed on the first page (5 for an edition that starts at page 5)
 * @param sectionNumbering each section numbers its own pages from 1 ({@link PageNumbers})
 */
public record EditionSettings(PageNaming pageNaming, int inkLimit, int bleed, int firstPageNumber,
                              boolean sectionNumbering) {
    public static EditionSettings defaults() {
        return new EditionSettings(PageNaming.CHINESE_NUMERAL, 240, paiban.model.unit.Units.mm(3));
    }

    public EditionSettings {
        if (pageNaming == null) pageNaming = PageNaming.CHINESE_NUMERAL;
        if (inkLimit < 100 || inkLimit > 400) throw new IllegalArgumentException("ink limit must be 100..400%, was " + inkLimit);
        if (bleed < 0) throw new IllegalArgumentException("bleed must not be negative");
        if (firstPageNumber < 1 || firstPageNumber > 9999)
            throw new IllegalArgumentException("the first page number must be 1..9999, was " + firstPageNumber);
    }

    /** Pages numbered through the edition from 1. */
    public EditionSettings(PageNaming pageNaming, int inkLimit, int bleed) {
        this(pageNaming, inkLimit, bleed, 1, false);
    }

    public EditionSettings withPageNaming(PageNaming naming) {
        return new EditionSettings(naming, inkLimit, bleed, firstPageNumber, sectionNumbering);
    }

    public EditionSettings withNumbering(int first, boolean bySection) {
        return new EditionSettings(pageNaming, inkLimit, bleed, first, bySection);
    }
}
