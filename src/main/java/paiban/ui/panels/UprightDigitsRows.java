package paiban.ui.panels;

import java.util.List;

import paiban.edit.Change;
import paiban.edit.ReplaceParagraphStyle;
import paiban.model.style.ParagraphStyle;
import paiban.ui.Messages;

/**
 * The 段落样式 section's 纵中横 row: in vertical text (竖排), numbers of two up to this many digits
 * stand upright side by side in one cell; 0 turns every number on its side. An edit replaces the
 * style, so its paragraphs reflow; horizontal text is not changed by it.
 */
final class UprightDigitsRows {
    private UprightDigitsRows() {}

    static List<PropertyRow> of(ParagraphStyle s) {
        String cat = Messages.get("prop.style", s.name());
        return List.of(new PropertyRow(cat, Messages.get("prop.uprightDigits"), Integer.class, s.uprightDigits(),
                v -> change(s, v)));
    }

    private static Change change(ParagraphStyle s, Object v) {
        int n = ((Number) v).intValue();
        if (n < 0 || n > ParagraphStyle.MAX_UPRIGHT_DIGITS || n != ((Number) v).doubleValue()) {
            throw new RefusedValue(Messages.get("prop.refused.uprightDigits", Messages.get("prop.uprightDigits"), v,
                    ParagraphStyle.MAX_UPRIGHT_DIGITS));
        }
        return new ReplaceParagraphStyle(s.withUprightDigits(n));
    }
}
