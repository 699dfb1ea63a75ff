package paiban.model.style;

/** A process colour in percent of each ink, 0–100. Print has no RGB. */
public record Cmyk(int c, int m, int y, int k) {
    public static final Cmyk BLACK = new Cmyk(0, 0, 0, 100);
    public static final Cmyk WHITE = new Cmyk(0, 0, 0, 0);
    public static final Cmyk RED = new Cmyk(0, 100, 100, 0);
    public static final Cmyk GREY_40 = new Cmyk(0, 0, 0, 40);

    public Cmyk {
        check("c", c); check("m", m); check("y", y); check("k", k);
    }

    private static void check(String ink, int v) {
        if (v < 0 || v > 100) throw new IllegalArgumentException(ink + " must be 0..100, was " + v);
    }

    /** Total area coverage in percent, checked against the ink limit. */
    public int totalInk() { return c + m + y + k; }

    public boolean isPureBlack() { return c == 0 && m == 0 && y == 0 && k == 100; }
}
