package paiban.model;

import paiban.model.unit.Units;

/**
 * The largest values an edition may hold: far beyond any newspaper, yet small
 * enough that every sum and product the composer forms stays inside an
 * {@code int} of millipoints and a page composes in bounded time and memory.
 * The reader refuses a file past them with the limit in the message; the
 * writer refuses to save what the reader would refuse (docs/limits.md).
 */
public final class Limits {
    private Limits() {}

    /** The longest side of a trimmed page: 2,000 mm (a 对开 page is 390 × 545 mm). */
    public static final int MAX_PAGE_SIDE = Units.mm(2000);

    /** Any length or position in the file (frames may lie on the pasteboard beside the page): ±4,000 mm. */
    public static final int MAX_LENGTH = Units.mm(4000);

    /** Type sizes and the template's body size: 0.5 pt up to 1,000 pt (about 353 mm per character). */
    public static final int MIN_TYPE_SIZE = Units.pt(0.5);
    public static final int MAX_TYPE_SIZE = Units.pt(1000);

    /** Columns of a page template or of a text frame. */
    public static final int MAX_COLUMNS = 100;

    /** Characters per template column; the column gap in 字. */
    public static final int MAX_CHARS_PER_COLUMN = 1000;
    public static final int MAX_GAP_CHARS = 100;

    /** Grid lines of a template; lines a paragraph's line takes, and its space before and after. */
    public static final int MAX_LINES = 10_000;

    /** The first page's number (an edition that starts at page 5, a section numbered on from another). */
    public static final int MAX_PAGE_NUMBER = 9_999;

    /** Bleed around the trim: up to 50 mm. */
    public static final int MAX_BLEED = Units.mm(50);

    /** Indent in 字, either way. */
    public static final double MAX_INDENT_CHARS = 100;

    /** An image frame's scale: 1 % to 10,000 %. */
    public static final double MIN_IMAGE_SCALE = 0.01;
    public static final double MAX_IMAGE_SCALE = 100;

    /** Characters of one paragraph (a whole 24-page edition holds about 250,000). */
    public static final int MAX_PARAGRAPH_CHARS = 2_000_000;

    /**
     * Pixels of an image (width × height), and its longest side in pixels: 50
     * million is a whole 对开 page at 300 ppi (30 million) with room to crop,
     * and what export may hold decoded (200 MB) at once.
     */
    public static final long MAX_IMAGE_PIXELS = 50_000_000L;
    public static final int MAX_IMAGE_SIDE = 30_000;
}
