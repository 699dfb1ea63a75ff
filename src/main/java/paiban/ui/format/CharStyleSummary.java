package paiban.ui.format;

import java.util.ArrayList;
import java.util.List;

import paiban.model.style.CharStyle;
import paiban.model.style.ScaleStep;
import paiban.ui.Messages;
import paiban.ui.panels.StyleRows;

/**
 * What a character style sets, in the desk's words — "标宋 粗体 五号 长一 红 着重号" —
 * for the style panel's list and the story editor's bar. Values left to the
 * paragraph are not named; a style that sets nothing gives "".
 */
public final class CharStyleSummary {
    private CharStyleSummary() {}

    public static String of(CharStyle s) {
        List<String> parts = new ArrayList<>();
        if (s.family() != null) parts.add(StyleRows.familyName(s.family()));
        if (Boolean.TRUE.equals(s.bold())) parts.add(Messages.get("story.bold"));
        if (s.size() != null) parts.add(StyleRows.sizeName(s.size()));
        String scale = scale(s);
        if (scale != null) parts.add(scale);
        if (s.tracking() != null && s.tracking() != 0) parts.add(Messages.get("format.tracking", s.tracking()));
        if (s.color() != null) {
            int swatch = ColourSwatches.COLOURS.indexOf(s.color());
            parts.add(swatch >= 0 ? ColourSwatches.name(swatch) : StyleRows.colorText(s.color()));
        }
        if (s.emphasisDots()) parts.add(Messages.get("story.emphasisDots"));
        return String.join(" ", parts);
    }

    /** 长二, "85%" or "100%/85%"; null when the style leaves the scale to the paragraph or sets it to 100 %. */
    public static String scale(CharStyle s) {
        if (s.horizontalScale() == null && s.verticalScale() == null) return null;
        int h = s.horizontalScale() == null ? 100 : s.horizontalScale(), v = s.verticalScale() == null ? 100 : s.verticalScale();
        ScaleStep step = ScaleStep.of(h, v);
        if (step == ScaleStep.NORMAL) return null;
        if (step != null) return step.chinese();
        return v == 100 ? h + "%" : h + "%/" + v + "%";
    }
}
