package paiban.ui.styles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paiban.edit.Change;
import paiban.edit.ReplaceStyleSheet;
import paiban.model.Limits;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.FontFamily;
import paiban.model.style.ScaleStep;
import paiban.model.style.StyleSheet;
import paiban.model.unit.HaoSize;
import paiban.ui.Messages;
import paiban.ui.format.CharStyleSummary;
import paiban.ui.format.ColourSwatches;
import paiban.ui.panels.PropertyRow;
import paiban.ui.panels.StyleRows;

/**
 * The values of one character style as the desk speaks of them: family by the
 * names a designer knows (标宋, 小标宋 …), size in 号 or pt, CMYK colour, 长体/扁体
 * as a named step or a percentage, tracking in 1/1000 字, 着重号, bold. Every
 * value but 着重号 may be left to the paragraph (同段落), which the file stores
 * as an absent key. An edit replaces the style in the sheet: one undo step.
 */
final class CharStyleRows {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    private CharStyleRows() {}

    /** "（同段落）": the value is the paragraph's. */
    static String inherit() { return Messages.get("charStyles.inherit"); }

    static List<PropertyRow> of(StyleSheet sheet, CharStyle s) {
        String cat = Messages.get("charStyles.category", s.name());
        List<PropertyRow> out = new ArrayList<>();
        List<String> families = new ArrayList<>(List.of(inherit()));
        for (FontFamily f : FontFamily.values()) families.add(StyleRows.familyName(f));
        out.add(row(sheet, s, cat, "prop.style.family", String.class,
                s.family() == null ? inherit() : StyleRows.familyName(s.family()), v -> s.withFamily(family(v)))
                .choices(families, false));
        out.add(row(sheet, s, cat, "prop.style.bold", String.class, boldName(s.bold()), v -> s.withBold(bold(v)))
                .choices(List.of(inherit(), Messages.get("charStyles.yes"), Messages.get("charStyles.no")), false));
        List<String> sizes = new ArrayList<>(List.of(inherit()));
        sizes.addAll(Arrays.stream(HaoSize.values()).map(HaoSize::chinese).toList());
        out.add(row(sheet, s, cat, "charStyles.size", String.class,
                s.size() == null ? inherit() : StyleRows.sizeName(s.size()), v -> s.withSize(size(v)))
                .choices(sizes, true));
        List<String> colours = new ArrayList<>(List.of(inherit()));
        for (Cmyk c : ColourSwatches.COLOURS) colours.add(StyleRows.colorText(c));
        out.add(row(sheet, s, cat, "prop.style.color", String.class,
                s.color() == null ? inherit() : StyleRows.colorText(s.color()), v -> s.withColor(colour(v)))
                .choices(colours, true));
        List<String> steps = new ArrayList<>(List.of(inherit()));
        steps.addAll(Arrays.stream(ScaleStep.values()).map(ScaleStep::chinese).toList());
        out.add(row(sheet, s, cat, "prop.type.scale", String.class, scaleName(s), v -> scale(s, v))
                .choices(steps, true));
        out.add(row(sheet, s, cat, "prop.type.tracking", String.class,
                s.tracking() == null ? inherit() : Integer.toString(s.tracking()), v -> s.withTracking(tracking(v)))
                .choices(List.of(inherit(), "0", "50", "100", "-50"), true));
        out.add(row(sheet, s, cat, "story.emphasisDots", Boolean.class, s.emphasisDots(), v -> s.withEmphasisDots((Boolean) v)));
        return out;
    }

    private static PropertyRow row(StyleSheet sheet, CharStyle s, String cat, String key, Class<?> type, Object value,
                                   Function<Object, CharStyle> edit) {
        Function<Object, Change> toChange = v -> new ReplaceStyleSheet(replaced(sheet, s.name(), edit.apply(v)), "change.charStyle");
        return new PropertyRow(cat, Messages.get(key), type, value, toChange);
    }

    /** {@code sheet} with the character style {@code name} replaced by {@code updated}, in its place. */
    static StyleSheet replaced(StyleSheet sheet, String name, CharStyle updated) {
        List<CharStyle> chars = new ArrayList<>(sheet.charStyles());
        for (int i = 0; i < chars.size(); i++) if (chars.get(i).name().equals(name)) chars.set(i, updated);
        return sheet.withCharStyles(chars);
    }

    private static boolean inherits(Object v) {
        return v == null || v.toString().isBlank() || v.toString().strip().equals(inherit());
    }

    static FontFamily family(Object v) {
        if (inherits(v)) return null;
        for (FontFamily f : FontFamily.values()) {
            if (StyleRows.familyName(f).equals(v) || f.chinese().equals(v)) return f;
        }
        throw new IllegalArgumentException("not a family: " + v);
    }

    static String boldName(Boolean b) {
        return b == null ? inherit() : Messages.get(b ? "charStyles.yes" : "charStyles.no");
    }

    private static Boolean bold(Object v) {
        if (inherits(v)) return null;
        if (Messages.get("charStyles.yes").equals(v)) return true;
        if (Messages.get("charStyles.no").equals(v)) return false;
        throw new IllegalArgumentException("not yes or no: " + v);
    }

    /** 五号, 小四, "24", "24pt", "10.5 pt"; the bounds of a type size in the file. */
    static Integer size(Object v) {
        if (inherits(v)) return null;
        int mpt = HaoSize.parseSize(v.toString());
        if (mpt < Limits.MIN_TYPE_SIZE || mpt > Limits.MAX_TYPE_SIZE) throw new IllegalArgumentException("size out of range: " + v);
        return mpt;
    }

    static Cmyk colour(Object v) {
        return inherits(v) ? null : StyleRows.parseColor(v.toString());
    }

    /** 长二, "85%" or "100%/85%", 正常 for 100 %; 同段落 when the style leaves the scale to the paragraph. */
    static String scaleName(CharStyle s) {
        if (s.horizontalScale() == null && s.verticalScale() == null) return inherit();
        String named = CharStyleSummary.scale(s);
        return named != null ? named : ScaleStep.NORMAL.chinese();
    }

    /** A step's name, one percentage (the width) or two (width/height), or 同段落. */
    static CharStyle scale(CharStyle s, Object v) {
        if (inherits(v)) return s.withScale(null, null);
        ScaleStep step = ScaleStep.named(v.toString().strip());
        if (step != null) return s.withScale(step.horizontal(), step.vertical());
        List<Integer> n = numbers(v.toString());
        if (n.size() == 1) return s.withScale(n.get(0), 100);
        if (n.size() == 2) return s.withScale(n.get(0), n.get(1));
        throw new IllegalArgumentException("not a scale step or percentage: " + v);
    }

    static Integer tracking(Object v) {
        if (inherits(v)) return null;
        List<Integer> n = numbers(v.toString());
        if (n.size() != 1) throw new IllegalArgumentException("not a tracking in 1/1000 字: " + v);
        return n.get(0);
    }

    private static List<Integer> numbers(String text) {
        Matcher m = NUMBER.matcher(text);
        List<Integer> n = new ArrayList<>();
        while (m.find()) n.add(Integer.parseInt(m.group()));
        return n;
    }
}
