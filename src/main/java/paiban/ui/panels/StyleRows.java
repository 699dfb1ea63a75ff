package paiban.ui.panels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paiban.edit.Change;
import paiban.edit.ReplaceParagraphStyle;
import paiban.model.Limits;
import paiban.model.style.Alignment;
import paiban.model.style.Cmyk;
import paiban.model.style.FontFamily;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.ProhibitionLevel;
import paiban.model.unit.HaoSize;
import paiban.model.unit.Units;
import paiban.ui.Messages;

/**
 * The 段落样式 section: one paragraph style as the desk speaks of it — size
 * in 号 (and pt), pitch and space in grid lines (行), indent in 字, the
 * Chinese names of alignment and 避头尾 levels. An edit replaces the style
 * in the style sheet, so every paragraph of it reflows; a value the style
 * cannot take is refused (the row's change throws).
 */
public final class StyleRows {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    private StyleRows() {}

    /** The rows of one paragraph style's values, each edit a {@link ReplaceParagraphStyle}. */
    public static List<PropertyRow> of(ParagraphStyle s) {
        String cat = Messages.get("prop.style", s.name());
        List<PropertyRow> out = new ArrayList<>();
        out.add(row(cat, "prop.style.family", String.class, familyName(s.family()),
                v -> draft(s).family(choice(FontFamily.values(), StyleRows::familyName, v)))
                .choices(names(FontFamily.values(), StyleRows::familyName), false));
        out.add(row(cat, "prop.style.bold", Boolean.class, s.bold(), v -> draft(s).bold((Boolean) v)));
        out.add(row(cat, "prop.style.size", String.class, sizeName(s.size()),
                v -> draft(s).size(HaoSize.parseSize(v.toString())))
                .choices(Arrays.stream(HaoSize.values()).map(HaoSize::chinese).toList(), true));
        out.add(row(cat, "prop.style.sizePt", Double.class, s.size() / (double) Units.MPT_PER_PT,
                v -> draft(s).size(Units.pt(((Number) v).doubleValue()))));
        out.add(row(cat, "prop.style.lines", Integer.class, s.linesPerLine(),
                v -> draft(s).linesPerLine(((Number) v).intValue())));
        out.add(row(cat, "prop.style.indent", Double.class, s.indentChars(), v -> draft(s).indent(((Number) v).doubleValue())));
        out.add(row(cat, "prop.style.leftIndent", Double.class, s.leftIndentChars(),
                v -> draft(s).left(chars(v, "prop.style.leftIndent"))));
        out.add(row(cat, "prop.style.rightIndent", Double.class, s.rightIndentChars(),
                v -> draft(s).right(chars(v, "prop.style.rightIndent"))));
        out.add(row(cat, "prop.style.alignment", String.class, alignmentName(s.alignment()),
                v -> draft(s).alignment(choice(Alignment.values(), StyleRows::alignmentName, v)))
                .choices(names(Alignment.values(), StyleRows::alignmentName), false));
        out.add(row(cat, "prop.style.spread", Double.class, s.spreadChars(),
                v -> draft(s).spread(chars(v, "prop.style.spread"))));
        out.add(row(cat, "prop.style.spaceBefore", Integer.class, s.spaceBeforeLines(),
                v -> draft(s).spaceBefore(((Number) v).intValue())));
        out.add(row(cat, "prop.style.spaceAfter", Integer.class, s.spaceAfterLines(),
                v -> draft(s).spaceAfter(((Number) v).intValue())));
        out.add(row(cat, "prop.style.prohibition", String.class, prohibitionName(s.prohibition()),
                v -> draft(s).prohibition(choice(ProhibitionLevel.values(), StyleRows::prohibitionName, v)))
                .choices(names(ProhibitionLevel.values(), StyleRows::prohibitionName), false));
        out.add(row(cat, "prop.style.color", String.class, colorText(s.color()), v -> draft(s).color(parseColor(v.toString()))));
        return out;
    }

    private static PropertyRow row(String cat, String key, Class<?> type, Object value, Function<Object, Draft> edit) {
        Function<Object, Change> toChange = v -> new ReplaceParagraphStyle(edit.apply(v).build());
        return new PropertyRow(cat, Messages.get(key), type, value, toChange);
    }

    /** A side indent or spread width in 字: 0 up to {@link Limits#MAX_INDENT_CHARS}, refused with the bound otherwise. */
    private static double chars(Object v, String key) {
        double c = ((Number) v).doubleValue();
        if (!(c >= 0) || c > Limits.MAX_INDENT_CHARS) {
            throw new RefusedValue(Messages.get("prop.refused.chars", Messages.get(key), number(c), number(Limits.MAX_INDENT_CHARS)));
        }
        return c;
    }

    /** "2", "1.5": a number as typed, no ".0" on a whole one. */
    private static String number(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** "五号", or "72pt" for a size that has no 号 name. */
    public static String sizeName(int mpt) {
        return HaoSize.ofMpt(mpt).map(HaoSize::chinese).orElseGet(() -> points(mpt) + "pt");
    }

    private static String points(int mpt) {
        double pt = mpt / (double) Units.MPT_PER_PT;
        return pt == Math.rint(pt) ? Long.toString(Math.round(pt)) : Double.toString(pt);
    }

    public static String familyName(FontFamily f) { return Messages.get("family." + f.name().toLowerCase(Locale.ROOT)); }

    static String alignmentName(Alignment a) { return Messages.get("align." + a.name().toLowerCase(Locale.ROOT)); }

    static String prohibitionName(ProhibitionLevel p) { return Messages.get("prohibition." + p.name().toLowerCase(Locale.ROOT)); }

    /** "C0 M100 Y100 K0". */
    public static String colorText(Cmyk c) {
        return "C" + c.c() + " M" + c.m() + " Y" + c.y() + " K" + c.k();
    }

    /** Four whole percentages in C, M, Y, K order, however separated ("0 0 0 100", "C0 M0 Y0 K100"). */
    public static Cmyk parseColor(String text) {
        Matcher m = NUMBER.matcher(text);
        List<Integer> inks = new ArrayList<>();
        while (m.find()) inks.add(Integer.parseInt(m.group()));
        if (inks.size() != 4) throw new IllegalArgumentException("not four inks C M Y K: " + text);
        return new Cmyk(inks.get(0), inks.get(1), inks.get(2), inks.get(3));
    }

    private static <E> List<String> names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).toList();
    }

    private static <E> E choice(E[] values, Function<E, String> name, Object shown) {
        for (E e : values) if (name.apply(e).equals(shown)) return e;
        throw new IllegalArgumentException("not one of the choices: " + shown);
    }

    private static Draft draft(ParagraphStyle s) { return new Draft(s); }

    /** A style with one value changed; the record's own checks refuse a bad one when built. */
    private static final class Draft {
        private final ParagraphStyle original;
        private final String name;
        private FontFamily family;
        private boolean bold;
        private int size;
        private int linesPerLine;
        private double indent;
        private Alignment alignment;
        private int spaceBefore;
        private int spaceAfter;
        private ProhibitionLevel prohibition;
        private Cmyk color;
        private double left;
        private double right;
        private double spread;
        private int uprightDigits;
        private final paiban.model.style.TypeSettings type;

        Draft(ParagraphStyle s) {
            uprightDigits = s.uprightDigits();
            type = s.type();
            original = s;
            name = s.name(); family = s.family(); bold = s.bold(); size = s.size(); linesPerLine = s.linesPerLine();
            indent = s.indentChars(); alignment = s.alignment(); spaceBefore = s.spaceBeforeLines();
            spaceAfter = s.spaceAfterLines(); prohibition = s.prohibition(); color = s.color();
            left = s.leftIndentChars(); right = s.rightIndentChars(); spread = s.spreadChars();
        }

        Draft family(FontFamily f) { family = f; return this; }

        Draft bold(boolean b) { bold = b; return this; }

        Draft size(int mpt) { size = mpt; return this; }

        Draft linesPerLine(int n) { linesPerLine = n; return this; }

        Draft indent(double chars) {
            // a first line hung out of the column would print past the column rule
            if (!(chars >= 0) || chars > 100) throw new IllegalArgumentException("indent must be 0..100 字, was " + chars);
            indent = chars;
            return this;
        }

        Draft alignment(Alignment a) { alignment = a; return this; }

        Draft spaceBefore(int lines) { spaceBefore = lines; return this; }

        Draft spaceAfter(int lines) { spaceAfter = lines; return this; }

        Draft prohibition(ProhibitionLevel p) { prohibition = p; return this; }

        Draft color(Cmyk c) { color = c; return this; }

        Draft left(double chars) { left = chars; return this; }

        Draft right(double chars) { right = chars; return this; }

        Draft spread(double chars) { spread = chars; return this; }

        ParagraphStyle build() {
            return new ParagraphStyle(name, family, bold, size, linesPerLine, indent, alignment,
                    spaceBefore, spaceAfter, prohibition, color, left, right, spread, uprightDigits, type,
                    original.role(), original.basedOn(), original.keepWithNextLines(), original.keepFirstLines(),
                    original.keepLastLines());
        }
    }
}
