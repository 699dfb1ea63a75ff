package paiban.ui.panels;

import java.util.List;
import java.util.function.IntFunction;

import paiban.model.Limits;
import paiban.model.style.ParagraphStyle;
import paiban.ui.Messages;
import paiban.edit.Change;
import paiban.edit.ReplaceParagraphStyle;

/**
 * The 段落样式 section's lines kept together: 背题 (lines of text a headline or
 * subhead keeps below it in its column), and the least lines a paragraph
 * leaves before and after a column break (widows and orphans). Whole grid
 * lines, 0 for off; an edit replaces the style, so its paragraphs reflow.
 */
final class KeepRows {
    private KeepRows() {}

    static List<PropertyRow> of(ParagraphStyle s) {
        String cat = Messages.get("prop.style", s.name());
        return List.of(
                row(cat, "prop.keep.withNext", s.keepWithNextLines(),
                        n -> s.withKeeps(n, s.keepFirstLines(), s.keepLastLines())),
                row(cat, "prop.keep.first", s.keepFirstLines(),
                        n -> s.withKeeps(s.keepWithNextLines(), n, s.keepLastLines())),
                row(cat, "prop.keep.last", s.keepLastLines(),
                        n -> s.withKeeps(s.keepWithNextLines(), s.keepFirstLines(), n)));
    }

    private static PropertyRow row(String cat, String key, int value, IntFunction<ParagraphStyle> edit) {
        return new PropertyRow(cat, Messages.get(key), Integer.class, value, v -> change(key, v, edit));
    }

    private static Change change(String key, Object v, IntFunction<ParagraphStyle> edit) {
        int n = ((Number) v).intValue();
        if (n < 0 || n > Limits.MAX_LINES || n != ((Number) v).doubleValue()) {
            throw new RefusedValue(Messages.get("prop.refused.keep", Messages.get(key), v, Limits.MAX_LINES));
        }
        return new ReplaceParagraphStyle(edit.apply(n));
    }
}
