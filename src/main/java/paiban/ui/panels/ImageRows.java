package paiban.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import paiban.compose.flow.ImagePlacement;
import paiban.model.frame.ImageFit;
import paiban.ui.Messages;
import paiban.ui.canvas.FrameEdits.PlacedPicture;
import paiban.edit.ImageContent;

/**
 * The 图片 section of an image frame: the file, how the picture fits (适合,
 * 填充, 宽度填满, 高度填满, 原始大小, and 手动 once moved or scaled), its
 * scale in %, its turn, and the effective ppi, which the panel marks (and
 * the row's name says) below {@link #MIN_PPI}. Each edit is one change.
 */
final class ImageRows {
    /** Below this many pixels per inch a photo prints soft; the same bound as preflight's. */
    static final int MIN_PPI = 150;

    private ImageRows() {}

    static List<PropertyRow> of(PlacedPicture p) {
        String cat = Messages.get("prop.image");
        String pid = p.pageId();
        var f = p.frame();
        List<PropertyRow> out = new ArrayList<>();
        out.add(new PropertyRow(cat, Messages.get("prop.image.file"), String.class,
                f.path().isBlank() ? Messages.get("prop.image.none") : f.path(), null));
        List<String> fits = new ArrayList<>();
        for (ImageFit fit : ImageFit.values()) if (fit != ImageFit.MANUAL) fits.add(name(fit));
        out.add(new PropertyRow(cat, Messages.get("prop.image.fit"), String.class, name(f.fit()),
                v -> ImageContent.fitted(pid, f, fit(v))).choices(fits, false));
        List<String> turns = List.of("0°", "90°", "180°", "270°");
        out.add(new PropertyRow(cat, Messages.get("prop.image.rotation"), String.class, turns.get(f.rotation()),
                v -> ImageContent.turned(pid, f, p.placement(), turns.indexOf(v.toString()) - f.rotation()))
                .choices(turns, false));
        boolean sized = p.pixelsWide() > 0 && p.pixelsHigh() > 0;
        if (sized) {
            double pct = Math.round(ImageContent.percent(p.placement(), p.pixelsWide(), p.pixelsHigh(), f.rotation()) * 10) / 10.0;
            out.add(new PropertyRow(cat, Messages.get("prop.image.scale"), Double.class, pct, v -> {
                double typed = ((Number) v).doubleValue();
                if (!(typed >= 1 && typed <= 10_000)) {
                    throw new RefusedValue(Messages.get("prop.refused.imageScale", typed));
                }
                return ImageContent.scaled(pid, f, p.placement(), p.pixelsWide(), p.pixelsHigh(), typed);
            }));
            long ppi = (long) Math.floor(ImagePlacement.ppi(p.pixelsWide(), p.pixelsHigh(), p.placement(), f.rotation()));
            out.add(new PropertyRow(cat, Messages.get(ppi < MIN_PPI ? "prop.image.ppiLow" : "prop.image.ppi"), String.class,
                    Messages.get("prop.image.ppiValue", ppi, p.pixelsWide(), p.pixelsHigh()), null).warning(ppi < MIN_PPI));
        }
        return out;
    }

    static String name(ImageFit fit) { return Messages.get("imageFit." + fit.name().toLowerCase(Locale.ROOT)); }

    private static ImageFit fit(Object shown) {
        for (ImageFit fit : ImageFit.values()) if (name(fit).equals(shown)) return fit;
        throw new IllegalArgumentException("not a fit: " + shown);
    }
}
