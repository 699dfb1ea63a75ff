package paiban.render.fx;

import javafx.scene.paint.Color;
import paiban.model.style.Cmyk;
import paiban.render.image.PlainCmyk;

/**
 * CMYK inks to screen colours, for display only: print never sees RGB. The
 * conversion is {@link PlainCmyk}'s.
 */
public final class ScreenColors {
    private ScreenColors() {}

    public static Color of(Cmyk cmyk) {
        if (cmyk == null) return Color.TRANSPARENT;
        double[] rgb = PlainCmyk.rgb(cmyk);
        return Color.color(rgb[0], rgb[1], rgb[2]);
    }
}
