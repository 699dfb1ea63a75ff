package paiban.cli;

import java.util.List;

import paiban.model.unit.HaoSize;
import paiban.model.unit.Units;

/** Option values as SPEC §10 writes them: millimetres, points or 号, page lists. Bad values name the option. */
final class Values {
    private Values() {}

    static int mm(String option, String v) {
        double d = number(option, v.endsWith("mm") ? v.substring(0, v.length() - 2) : v, "millimetres");
        if (d < 0 || d > 5000) throw new UsageException(option + ": " + v + " mm is out of range");
        return Units.mm(d);
    }

    /** {@code 430x580} (mm) → {width, height} in millipoints. */
    static int[] pageSize(String option, String v) {
        String[] parts = v.toLowerCase().split("[x×*]");
        if (parts.length != 2) throw new UsageException(option + ": expected WIDTHxHEIGHT in millimetres, e.g. 390x545, not " + v);
        int w = mm(option, parts[0].trim()), h = mm(option, parts[1].trim());
        if (w < Units.mm(50) || h < Units.mm(50)) throw new UsageException(option + ": page " + v + " mm is too small");
        return new int[] {w, h};
    }

    /** Points ({@code 10.5}, {@code 9pt}) or a 号 name ({@code 五号}). */
    static int size(String option, String v) {
        try {
            return HaoSize.parseSize(v);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    static int integer(String option, String v, int min, int max) {
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) throw new UsageException(option + ": " + v + " is out of range " + min + ".." + max);
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": not a whole number: " + v);
        }
    }

    private static double number(String option, String v, String unit) {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": not a number of " + unit + ": " + v);
        }
    }

    /** {@code 1,3,5-7} → sorted 1-based page numbers, each within 1..pageCount ({@link paiban.model.PageList}). */
    static List<Integer> pages(String option, String v, int pageCount) {
        try {
            return paiban.model.PageList.parse(v, pageCount);
        } catch (paiban.model.PageList.Problem p) {
            throw new UsageException(option + ": " + p.getMessage());
        }
    }
}
