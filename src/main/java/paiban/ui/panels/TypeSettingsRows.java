package paiban.ui.panels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paiban.model.style.HanLatinSpace;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.PunctuationWidth;
import paiban.model.style.ScaleStep;
import paiban.model.style.TypeSettings;
import paiban.ui.Messages;
import paiban.edit.Change;
import paiban.edit.ReplaceParagraphStyle;

/**
 * The type settings of a paragraph style in its 段落样式 section: 长体/扁体 as a
 * named step (正常, 长一 … 长四, 扁一 … 扁四) or a typed percentage ("85" for the
 * width, "100/85" for width and height), the width and height in percent, tracking
 * in 1/1000 字, the Han–Latin space and the punctuation width. An edit replaces the
 * style, so every paragraph of it reflows; a value out of range is refused.
 */
final class TypeSettingsRows {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private TypeSettingsRows() {}

    static List<PropertyRow> of(ParagraphStyle s) {
        String cat = Messages.get("prop.style", s.name());
        TypeSettings t = s.type();
        List<PropertyRow> out = new ArrayList<>();
        out.add(row(cat, "prop.type.scale", String.class, scaleName(t), s, v -> parseScale(v.toString(), t))
                .choices(Arrays.stream(ScaleStep.values()).map(ScaleStep::chinese).toList(), true));
        out.add(row(cat, "prop.type.hScale", Integer.class, t.horizontalScale(), s,
                v -> t.withScale(((Number) v).intValue(), t.verticalScale())));
        out.add(row(cat, "prop.type.vScale", Integer.class, t.verticalScale(), s,
                v -> t.withScale(t.horizontalScale(), ((Number) v).intValue())));
        out.add(row(cat, "prop.type.tracking", Integer.class, t.tracking(), s, v -> t.withTracking(((Number) v).intValue())));
        out.add(row(cat, "prop.type.hanLatin", String.class, hanLatinName(t.hanLatin()), s,
                v -> t.withHanLatin(choice(HanLatinSpace.values(), TypeSettingsRows::hanLatinName, v)))
                .choices(Arrays.stream(HanLatinSpace.values()).map(TypeSettingsRows::hanLatinName).toList(), false));
        out.add(row(cat, "prop.type.punctuation", String.class, punctuationName(t.punctuation()), s,
                v -> t.withPunctuation(choice(PunctuationWidth.values(), TypeSettingsRows::punctuationName, v)))
                .choices(Arrays.stream(PunctuationWidth.values()).map(TypeSettingsRows::punctuationName).toList(), false));
        return out;
    }

    private static PropertyRow row(String cat, String key, Class<?> type, Object value, ParagraphStyle s,
                                   Function<Object, TypeSettings> edit) {
        Function<Object, Change> toChange = v -> new ReplaceParagraphStyle(s.withType(edit.apply(v)));
        return new PropertyRow(cat, Messages.get(key), type, value, toChange);
    }

    /** 长二, or "85%" (width) / "100%/85%" (width/height) for a pair that is no step. */
    static String scaleName(TypeSettings t) {
        ScaleStep step = t.step();
        if (step != null) return step.chinese();
        if (t.verticalScale() == 100) return t.horizontalScale() + "%";
        return t.horizontalScale() + "%/" + t.verticalScale() + "%";
    }

    /** A step's name, or one percentage (the width) or two (width/height). */
    static TypeSettings parseScale(String text, TypeSettings t) {
        ScaleStep step = ScaleStep.named(text.strip());
        if (step != null) return t.withStep(step);
        Matcher m = NUMBER.matcher(text);
        List<Integer> n = new ArrayList<>();
        while (m.find()) n.add(Integer.parseInt(m.group()));
        if (n.size() == 1) return t.withScale(n.get(0), t.verticalScale());
        if (n.size() == 2) return t.withScale(n.get(0), n.get(1));
        throw new IllegalArgumentException("not a scale step or percentage: " + text);
    }

    static String hanLatinName(HanLatinSpace h) { return Messages.get("hanLatin." + h.name().toLowerCase(Locale.ROOT)); }

    static String punctuationName(PunctuationWidth p) {
        return Messages.get("punctuation." + p.name().toLowerCase(Locale.ROOT));
    }

    private static <E> E choice(E[] values, Function<E, String> name, Object shown) {
        for (E e : values) if (name.apply(e).equals(shown)) return e;
        throw new IllegalArgumentException("not one of the choices: " + shown);
    }
}
