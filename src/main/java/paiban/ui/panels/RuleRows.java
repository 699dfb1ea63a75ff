package paiban.ui.panels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import paiban.model.PageTemplate;
import paiban.model.frame.ColumnRule;
import paiban.model.frame.Frame;
import paiban.model.frame.Insets;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.RuleStyle;
import paiban.model.frame.TextFrame;
import paiban.model.style.Cmyk;
import paiban.model.unit.Units;
import paiban.ui.Messages;
import paiban.edit.ReplaceFrame;

/**
 * Rows for lines: a rule's weight, style (lines, 文武线 and the 花边 patterns) and
 * colour; on a text frame its inset on each side in whole 字 (or mm when typed
 * with "mm") and its 栏线 (column rule) weight, style and colour. Each edit is
 * one change; a value the model refuses leaves the frame as it was.
 */
final class RuleRows {
    /** A 栏线 whose style or colour is picked while there is none starts at this weight (0.5 pt). */
    static final int FIRST_COLUMN_RULE = 500;

    private RuleRows() {}

    static List<PropertyRow> of(String pid, Frame f, PageTemplate t) {
        List<PropertyRow> out = new ArrayList<>();
        if (f instanceof RuleFrame r) rule(pid, r, t, out);
        if (f instanceof TextFrame tf) {
            insets(pid, tf, t, out);
            columnRule(pid, tf, out);
        }
        return out;
    }

    private static void rule(String pid, RuleFrame r, PageTemplate t, List<PropertyRow> out) {
        String cat = Messages.get("prop.rule");
        out.add(new PropertyRow(cat, Messages.get("prop.rule.weightPt"), Double.class,
                PropertiesViewModel.round1(Units.toPt(r.weight())),
                v -> new ReplaceFrame(pid, withWeight(r, positive(v), t))));
        out.add(new PropertyRow(cat, Messages.get("prop.rule.style"), String.class, name(r.style()),
                v -> new ReplaceFrame(pid, snapped(new RuleFrame(r.id(), r.bounds(), style(v), r.weight(), r.color(),
                        r.locked(), r.group()), t)))
                .choices(List.of(RuleStyle.values()).stream().map(RuleRows::name).toList(), false));
        out.add(new PropertyRow(cat, Messages.get("prop.rule.colour"), String.class, FrameLookRows.text(r.color()),
                v -> new ReplaceFrame(pid, new RuleFrame(r.id(), r.bounds(), r.style(), r.weight(),
                        FrameLookRows.colour(v.toString(), null), r.locked(), r.group())))
                .choices(FrameLookRows.COLOURS, true));
    }

    private static RuleFrame withWeight(RuleFrame r, int w, PageTemplate t) {
        return snapped(new RuleFrame(r.id(), r.bounds(), r.style(), w, r.color(), r.locked(), r.group()), t);
    }

    /** A 花边 rule's weight (the band its pattern fills) in whole grid lines, like a 花边 border's. */
    static RuleFrame snapped(RuleFrame r, PageTemplate t) {
        if (t == null || r.style().pattern() == null || r.style() == RuleStyle.THICK_THIN) return r;
        long lines = Math.max(1, Math.round(r.weight() / (double) t.pitch()));
        int w = (int) Math.min(lines * t.pitch(), 20L * t.pitch());
        return new RuleFrame(r.id(), r.bounds(), r.style(), w, r.color(), r.locked(), r.group());
    }

    private static void insets(String pid, TextFrame f, PageTemplate t, List<PropertyRow> out) {
        String cat = Messages.get("prop.text");
        Insets in = f.insets();
        String[] keys = {"prop.inset.top", "prop.inset.right", "prop.inset.bottom", "prop.inset.left"};
        int[] values = {in.top(), in.right(), in.bottom(), in.left()};
        List<String> steps = List.of(chars(0), chars(1), chars(2), chars(3));
        for (int i = 0; i < 4; i++) {
            int side = i;
            out.add(new PropertyRow(cat, Messages.get(keys[i]), String.class, shown(values[i], t.bodySize()), v -> {
                int mpt = parse(v.toString(), t.bodySize());
                Insets next = switch (side) {
                    case 0 -> in.withTop(mpt);
                    case 1 -> in.withRight(mpt);
                    case 2 -> in.withBottom(mpt);
                    default -> in.withLeft(mpt);
                };
                return new ReplaceFrame(pid, f.withInsets(next));
            }).choices(steps, true));
        }
    }

    private static void columnRule(String pid, TextFrame f, List<PropertyRow> out) {
        String cat = Messages.get("prop.columnRule");
        ColumnRule c = f.columnRule();
        out.add(new PropertyRow(cat, Messages.get("prop.columnRule.weightPt"), Double.class,
                c == null ? 0.0 : PropertiesViewModel.round1(Units.toPt(c.weight())), v -> {
                    int w = Units.pt(((Number) v).doubleValue());
                    if (w < 0) throw new IllegalArgumentException(Messages.get("prop.rule.weightNegative"));
                    return new ReplaceFrame(pid, f.withColumnRule(w == 0 ? null
                            : c == null ? new ColumnRule(w, RuleStyle.SOLID, Cmyk.BLACK) : c.withWeight(w)));
                }));
        List<String> styles = List.of(RuleStyle.values()).stream().filter(s -> s != RuleStyle.BOX).map(RuleRows::name).toList();
        out.add(new PropertyRow(cat, Messages.get("prop.columnRule.style"), String.class,
                name(c == null ? RuleStyle.SOLID : c.style()),
                v -> new ReplaceFrame(pid, f.withColumnRule(started(c).withStyle(style(v))))).choices(styles, false));
        out.add(new PropertyRow(cat, Messages.get("prop.columnRule.colour"), String.class,
                FrameLookRows.text(c == null ? Cmyk.BLACK : c.color()),
                v -> new ReplaceFrame(pid, f.withColumnRule(started(c).withColor(FrameLookRows.colour(v.toString(), null)))))
                .choices(FrameLookRows.COLOURS, true));
    }

    private static ColumnRule started(ColumnRule c) {
        return c != null ? c : new ColumnRule(FIRST_COLUMN_RULE, RuleStyle.SOLID, Cmyk.BLACK);
    }

    private static int positive(Object v) {
        int w = Units.pt(((Number) v).doubleValue());
        if (w <= 0) throw new IllegalArgumentException(Messages.get("prop.rule.weightNegative"));
        return w;
    }

    /** "1 字"; a length that is no whole or half 字 in mm ("1.6 mm"). */
    static String shown(int mpt, int body) {
        double chars = mpt / (double) body;
        if (Math.abs(chars * 2 - Math.rint(chars * 2)) < 1e-6) return chars(chars);
        return BigDecimal.valueOf(Units.toMm(mpt)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " mm";
    }

    private static String chars(double n) {
        return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString() + " " + Messages.get("unit.char");
    }

    /** "2", "2 字", "1.5字" in 字 of the body size; "3 mm" in millimetres. Refuses anything else. */
    static int parse(String typed, int body) {
        String s = typed.trim().toLowerCase(Locale.ROOT);
        boolean mm = s.endsWith("mm");
        s = s.replace("mm", "").replace("字", "").replace(Messages.get("unit.char").toLowerCase(Locale.ROOT), "").trim();
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("prop.inset.bad", typed), e);
        }
        if (!(v >= 0) || v > 100) throw new IllegalArgumentException(Messages.get("prop.inset.bad", typed));
        return mm ? Units.mm(v) : (int) Math.round(v * body);
    }

    static String name(RuleStyle s) { return Messages.get("rule." + s.name().toLowerCase(Locale.ROOT)); }

    private static RuleStyle style(Object shown) {
        for (RuleStyle s : RuleStyle.values()) if (name(s).equals(shown)) return s;
        throw new IllegalArgumentException("not a rule style: " + shown);
    }
}
