package paiban.ui.format;

import java.util.List;
import java.util.Locale;

import paiban.model.style.Cmyk;
import paiban.ui.Messages;

/** The colours a desk uses most for runs — 红, 蓝, 黑, 灰 — and their screen look. */
public final class ColourSwatches {
    public static final List<Cmyk> COLOURS = List.of(Cmyk.RED, new Cmyk(100, 60, 0, 0), Cmyk.BLACK, new Cmyk(0, 0, 0, 60));
    private static final String[] KEYS = {"colour.red", "colour.blue", "colour.black", "colour.grey"};

    private ColourSwatches() {}

    /** 红, 蓝 … in the interface language. */
    public static String name(int i) { return Messages.get(KEYS[i]); }

    /** A screen approximation of a process colour as CSS (print stays CMYK). */
    public static String rgb(Cmyk c) {
        double[] rgb = paiban.render.image.PlainCmyk.rgb(c);
        return String.format(Locale.ROOT, "rgb(%d,%d,%d)", Math.round(255 * rgb[0]), Math.round(255 * rgb[1]),
                Math.round(255 * rgb[2]));
    }
}
