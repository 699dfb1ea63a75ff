package paiban.model.unit;

/**
 * Every length in the model and the layout is a whole number of millipoints
 * (1/1000 pt), so screen and print compute identical breaks and tests can
 * compare exactly. Millimetres, points, 字 and 号 exist only at the edges.
 */
public final class Units {
    public static final int MPT_PER_PT = 1000;
    public static final double PT_PER_MM = 72.0 / 25.4;

    private Units() {}

    public static int pt(double points) {
        return (int) Math.round(points * MPT_PER_PT);
    }

    public static int mm(double millimetres) {
        return (int) Math.round(millimetres * PT_PER_MM * MPT_PER_PT);
    }

    public static double toPt(int mpt) {
        return mpt / (double) MPT_PER_PT;
    }

    public static double toMm(int mpt) {
        return mpt / (double) MPT_PER_PT / PT_PER_MM;
    }

    /** Length of {@code chars} characters of a body size. */
    public static int chars(double chars, int bodySize) {
        return (int) Math.round(chars * bodySize);
    }
}
