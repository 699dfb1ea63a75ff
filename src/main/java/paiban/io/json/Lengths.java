package paiban.io.json;

import java.math.BigDecimal;
import java.math.RoundingMode;

import paiban.model.unit.Units;

/**
 * Lengths in the file are points written as plain decimals with at most three
 * places (9, 13.5, 1105.512): a person reads them like a type size, and since
 * the model counts whole millipoints the value round-trips exactly.
 * A person editing the file may also write a string with a unit, "390mm" or
 * "9pt"; the next save writes points again.
 */
public final class Lengths {
    private Lengths() {}

    public static BigDecimal toPoints(int mpt) {
        BigDecimal d = BigDecimal.valueOf(mpt, 3).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** Points (possibly with more decimals, rounded to the millipoint) to millipoints. */
    public static int fromPoints(BigDecimal points) {
        // Compared before rounding: 1e999999999 must not be expanded into a billion digits.
        if (points.abs().compareTo(BigDecimal.valueOf(1_000_000L)) > 0) throw new ArithmeticException("out of range");
        BigDecimal mpt = points.movePointRight(3).setScale(0, RoundingMode.HALF_UP);
        return mpt.intValueExact();
    }

    /**
     * "390mm", "9pt", "9": a length with an optional unit.
     * @throws IllegalArgumentException when it is none of these
     */
    public static int parse(String text) {
        String t = text.trim().toLowerCase();
        boolean mm = t.endsWith("mm");
        if (mm || t.endsWith("pt")) t = t.substring(0, t.length() - 2).trim();
        BigDecimal v;
        if (t.length() > 40) throw new IllegalArgumentException("\"" + Excerpt.of(text) + "\" is not a length (write points as a number, or \"390mm\", \"9pt\")");
        try {
            v = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + Excerpt.of(text) + "\" is not a length (write points as a number, or \"390mm\", \"9pt\")");
        }
        if (mm) {
            double millimetres = v.doubleValue();
            if (Math.abs(millimetres) > 100_000) throw new IllegalArgumentException("\"" + Excerpt.of(text) + "\" is too long a length");
            return Units.mm(millimetres);
        }
        try {
            return fromPoints(v);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("\"" + Excerpt.of(text) + "\" is too long a length");
        }
    }
}
