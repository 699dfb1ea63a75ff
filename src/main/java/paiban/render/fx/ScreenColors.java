package paiban.render.fx;

import javafx.scene.paint.Color;
import paiban.model.style.Cmyk;

/**
 * CMYK inks to screen RGB, for display only: print never sees RGB. A naive
 * subtractive conversion is enough to tell red from black on the screen.
 */
public final class ScreenColors {
    private ScreenColors() {}

    public static Color of(Cmyk cmyk) {
        if (cmyk == null) return Color.TRANSPARENT;
        double k = 1 - cmyk.k() / 100.0;
        double r = (1 - cmyk.c() / 100.0) * k;
        double g = (1 - cmyk.m() / 100.0) * k;
        double b = (1 - cmyk.y() / 100.0) * k;
        return Color.color(r, g, b);
    }
}
