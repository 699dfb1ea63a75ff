package paiban.model.style;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The edition's named styles, in the order the designer sees them. */
public record StyleSheet(List<ParagraphStyle> paragraphStyles, List<CharStyle> charStyles) {
    public static final String BODY = "正文";

    public StyleSheet {
        paragraphStyles = List.copyOf(paragraphStyles);
        charStyles = List.copyOf(charStyles);
        Map<String, ParagraphStyle> seen = new LinkedHashMap<>();
        for (ParagraphStyle s : paragraphStyles) {
            if (seen.put(s.name(), s) != null) throw new IllegalArgumentException("duplicate paragraph style " + s.name());
        }
    }

    public Optional<ParagraphStyle> find(String name) {
        for (ParagraphStyle s : paragraphStyles) if (s.name().equals(name)) return Optional.of(s);
        return Optional.empty();
    }

    /** The named style, or 正文 when the name is unknown (never null). */
    public ParagraphStyle paragraph(String name) {
        return find(name).orElseGet(() -> find(BODY).orElse(paragraphStyles.get(0)));
    }

    public Optional<CharStyle> charStyle(String name) {
        for (CharStyle s : charStyles) if (s.name().equals(name)) return Optional.of(s);
        return Optional.empty();
    }

    public StyleSheet with(ParagraphStyle style) {
        List<ParagraphStyle> list = new java.util.ArrayList<>(paragraphStyles);
        boolean replaced = false;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(style.name())) { list.set(i, style); replaced = true; }
        }
        if (!replaced) list.add(style);
        return new StyleSheet(list, charStyles);
    }
}
