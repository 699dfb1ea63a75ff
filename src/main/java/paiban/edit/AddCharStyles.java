package paiban.edit;

import java.util.ArrayList;
import java.util.List;

import paiban.model.Edition;
import paiban.model.style.CharStyle;
import paiban.model.style.StyleSheet;

/**
 * Brings character styles into the sheet that it lacks by name (the colours of
 * imported runs); a style the sheet already has keeps the sheet's settings.
 */
public record AddCharStyles(List<CharStyle> styles) implements Change {
    public AddCharStyles {
        styles = List.copyOf(styles);
    }

    @Override
    public Applied apply(Edition edition) {
        StyleSheet sheet = edition.styles();
        List<CharStyle> chars = new ArrayList<>(sheet.charStyles());
        for (CharStyle s : styles) if (sheet.charStyle(s.name()).isEmpty()) chars.add(s);
        Edition e = chars.size() == sheet.charStyles().size() ? edition
                : edition.withStyles(new StyleSheet(sheet.paragraphStyles(), chars));
        return new Applied(e, new FormatText.Restore(null, null, sheet));
    }

    @Override
    public String descriptionKey() { return "change.formatText"; }
}
