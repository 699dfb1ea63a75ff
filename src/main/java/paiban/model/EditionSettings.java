package paiban.model;

/**
 * Edition-wide settings.
 *
 * @param inkLimit total area coverage limit in percent (240 for newsprint)
 * @param bleed    bleed around the trim for frames that bleed, millipoints
 */
public record EditionSettings(PageNaming pageNaming, int inkLimit, int bleed) {
    public static EditionSettings defaults() {
        return new EditionSettings(PageNaming.CHINESE_NUMERAL, 240, paiban.model.unit.Units.mm(3));
    }

    public EditionSettings {
        if (pageNaming == null) pageNaming = PageNaming.CHINESE_NUMERAL;
        if (inkLimit < 100 || inkLimit > 400) throw new IllegalArgumentException("ink limit must be 100..400%, was " + inkLimit);
        if (bleed < 0) throw new IllegalArgumentException("bleed must not be negative");
    }

    public EditionSettings withPageNaming(PageNaming naming) {
        return new EditionSettings(naming, inkLimit, bleed);
    }
}
