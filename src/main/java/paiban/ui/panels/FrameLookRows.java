package paiban.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import paiban.model.PageTemplate;
import paiban.model.frame.AdFrame;
import paiban.edit.ReplaceFrame;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.FrameBorder;
import paiban.model.frame.FrameLook;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.style.Cmyk;
import paiban.model.unit.Units;
import paiban.ui.Messages;

/**
 * The 底纹与边框 section of a text, headline, image or ad frame: fill colour and tint,
 * reversed (反白) text, border weight, style (lines and the 花边 patterns), colour,
 * corner radius and sides. Colours are typed as
 * print people write them ("C0 M100 Y100 K0") or picked from a short list;
 * each edit is one change, and a value the model refuses (an ink over 100,
 * a tint of 0) leaves the frame as it was.
 */
final class FrameLookRows {
    /** A border style or colour picked while there is no border starts one of this weight (1 pt). */
    static final int FIRST_WEIGHT = 1000;
    static final List<String> COLOURS = List.of("C0 M100 Y100 K0", "C0 M0 Y0 K100", "C100 M60 Y0 K0", "C0 M0 Y100 K0");

    private FrameLookRows() {}

    static boolean offered(Frame f) {
        return f instanceof TextFrame || f instanceof HeadlineFrame || f instanceof ImageFrame || f instanceof AdFrame;
    }

    static List<PropertyRow> of(String pid, Frame f) { return of(pid, f, null); }

    /**
     * The rows; with a template, a 花边 border's weight snaps to whole grid lines
     * (its line pitch), so the text inside stays on the grid.
     */
    static List<PropertyRow> of(String pid, Frame f, PageTemplate t) {
        FrameLook look = look(f);
        String cat = Messages.get("prop.look");
        String none = Messages.get("prop.look.none");
        List<PropertyRow> out = new ArrayList<>();
        List<String> fills = new ArrayList<>(List.of(none));
        fills.addAll(COLOURS);
        out.add(new PropertyRow(cat, Messages.get("prop.look.fill"), String.class,
                look.fill() == null ? none : text(look.fill()),
                v -> replace(pid, f, look.withFill(colour(v.toString(), none), look.tint())))
                .choices(fills, true));
        out.add(new PropertyRow(cat, Messages.get("prop.look.tint"), Integer.class, look.tint(),
                v -> replace(pid, f, look.withFill(look.fill(), ((Number) v).intValue()))));
        if (f instanceof TextFrame || f instanceof HeadlineFrame) {
            // a picture or an ad has no text of its own to reverse
            out.add(new PropertyRow(cat, Messages.get("prop.look.reversed"), Boolean.class, look.reversed(),
                    v -> replace(pid, f, look.withReversed((Boolean) v))));
        }
        FrameBorder b = look.border();
        out.add(new PropertyRow(cat, Messages.get("prop.look.borderPt"), Double.class,
                b == null ? 0.0 : PropertiesViewModel.round1(Units.toPt(b.weight())), v -> {
                    int w = Units.pt(((Number) v).doubleValue());
                    if (w < 0) throw new IllegalArgumentException("negative border weight");
                    if (w == 0) return replace(pid, f, look.withBorder(null));
                    FrameBorder next = b == null ? new FrameBorder(w, BorderStyle.SOLID, Cmyk.BLACK) : b.withWeight(w);
                    return replace(pid, f, look.withBorder(snapped(next, t)));
                }));
        out.add(new PropertyRow(cat, Messages.get("prop.look.borderStyle"), String.class,
                name(b == null ? BorderStyle.SOLID : b.style()),
                v -> replace(pid, f, look.withBorder(snapped(started(b).withStyle(style(v)), t))))
                .choices(List.of(BorderStyle.values()).stream().map(FrameLookRows::name).toList(), false));
        out.add(new PropertyRow(cat, Messages.get("prop.look.radiusMm"), Double.class,
                b == null ? 0.0 : PropertiesViewModel.mm(b.radius()), v -> {
                    int r = Units.mm(((Number) v).doubleValue());
                    if (r < 0) throw new IllegalArgumentException(Messages.get("prop.look.radiusNegative"));
                    return replace(pid, f, look.withBorder(started(b).withRadius(r)));
                }));
        out.add(new PropertyRow(cat, Messages.get("prop.look.borderColour"), String.class,
                text(b == null ? Cmyk.BLACK : b.color()),
                v -> replace(pid, f, look.withBorder(started(b).withColor(colour(v.toString(), null)))))
                .choices(COLOURS, true));
        if (b != null) {
            String[] keys = {"prop.look.sideTop", "prop.look.sideRight", "prop.look.sideBottom", "prop.look.sideLeft"};
            boolean[] on = {b.top(), b.right(), b.bottom(), b.left()};
            for (int i = 0; i < 4; i++) {
                int side = i;
                out.add(new PropertyRow(cat, Messages.get(keys[i]), Boolean.class, on[i], v -> {
                    boolean[] next = on.clone();
                    next[side] = (Boolean) v;
                    return replace(pid, f, look.withBorder(b.withSides(next[0], next[1], next[2], next[3])));
                }));
            }
        }
        return out;
    }

    /** A 花边 border's weight rounded to whole grid lines, at least one; other borders as they are. */
    static FrameBorder snapped(FrameBorder b, PageTemplate t) {
        if (t == null || !b.style().isPattern()) return b;
        long lines = Math.max(1, Math.round(b.weight() / (double) t.pitch()));
        return b.withWeight((int) Math.min(lines * t.pitch(), 20L * t.pitch()));
    }

    private static FrameBorder started(FrameBorder b) {
        return b != null ? b : new FrameBorder(FIRST_WEIGHT, BorderStyle.SOLID, Cmyk.BLACK);
    }

    static FrameLook look(Frame f) {
        if (f instanceof TextFrame t) return t.look();
        if (f instanceof HeadlineFrame h) return h.look();
        if (f instanceof ImageFrame i) return i.look();
        if (f instanceof AdFrame a) return a.look();
        return FrameLook.NONE;
    }

    private static ReplaceFrame replace(String pid, Frame f, FrameLook look) {
        if (f instanceof TextFrame t) return new ReplaceFrame(pid, t.withLook(look));
        if (f instanceof ImageFrame i) return new ReplaceFrame(pid, i.withLook(look));
        if (f instanceof AdFrame a) return new ReplaceFrame(pid, a.withLook(look));
        return new ReplaceFrame(pid, ((HeadlineFrame) f).withLook(look));
    }

    static String text(Cmyk c) { return "C" + c.c() + " M" + c.m() + " Y" + c.y() + " K" + c.k(); }

    /**
     * "C0 M100 Y100 K0" (inks left out are 0, "%" allowed); {@code none} (the word for no
     * colour) or blank gives null. Anything else is refused.
     */
    static Cmyk colour(String typed, String none) {
        String s = typed.trim();
        if (s.isEmpty() || s.equals(none)) {
            if (none == null) throw new IllegalArgumentException("a border needs a colour");
            return null;
        }
        int[] inks = new int[4];
        for (String part : s.split("[\\s,]+")) {
            int ink = part.length() < 2 ? -1 : "CMYK".indexOf(Character.toUpperCase(part.charAt(0)));
            if (ink < 0) throw new IllegalArgumentException("not a CMYK colour: " + typed);
            try {
                inks[ink] = Integer.parseInt(part.substring(1).replace("%", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CMYK colour: " + typed, e);
            }
        }
        return new Cmyk(inks[0], inks[1], inks[2], inks[3]);
    }

    static String name(BorderStyle s) { return Messages.get("border." + s.name().toLowerCase(Locale.ROOT)); }

    private static BorderStyle style(Object shown) {
        for (BorderStyle s : BorderStyle.values()) if (name(s).equals(shown)) return s;
        throw new IllegalArgumentException("not a border style: " + shown);
    }
}
