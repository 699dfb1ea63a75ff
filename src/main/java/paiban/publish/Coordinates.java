package paiban.publish;

import java.math.BigDecimal;

/** Page coordinates as the site writes them: points from the trimmed page's top-left corner, y down. */
final class Coordinates {
    private Coordinates() {}

    /** Millipoints as points with at most three decimals: 1105512 → "1105.512", 9000 → "9". */
    static String pt(int mpt) {
        return BigDecimal.valueOf(mpt, 3).stripTrailingZeros().toPlainString();
    }
}
