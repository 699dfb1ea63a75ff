package paiban.ui.story;

import java.util.Map;

import paiban.model.style.StyleRole;
import paiban.model.style.StyleSheet;

/**
 * The colour each paragraph style is tagged with in the story editor, so a
 * designer sees at a glance where 电头, 小标题 and 署名 are. The desk's
 * usual roles have fixed colours, whatever their style is called; any other
 * style gets one from a palette by its name.
 */
final class StyleTags {
    private static final Map<StyleRole, String> KNOWN = Map.ofEntries(
            Map.entry(StyleRole.BODY, "#8a9099"),
            Map.entry(StyleRole.DATELINE, "#1b8a8a"),
            Map.entry(StyleRole.SUBHEAD, "#d9822b"),
            Map.entry(StyleRole.KICKER, "#4a6fd1"),
            Map.entry(StyleRole.TITLE, "#1f47b8"),
            Map.entry(StyleRole.SUBTITLE, "#6b8ae0"),
            Map.entry(StyleRole.BYLINE, "#8e44ad"),
            Map.entry(StyleRole.CAPTION, "#2e8b57"),
            Map.entry(StyleRole.COLUMN_HEAD, "#b03060"));
    private static final String[] PALETTE = {"#c0392b", "#16a085", "#7f8c8d", "#2c3e50", "#a0522d", "#5d6d7e", "#9b59b6"};

    private StyleTags() {}

    /** CSS colour of a style's tag: its role's colour, or one from the palette for other roles and unknown names. */
    static String color(StyleSheet sheet, String style) {
        String known = sheet.find(style).map(s -> KNOWN.get(s.role())).orElse(null);
        if (known != null) return known;
        return PALETTE[Math.floorMod(style.hashCode(), PALETTE.length)];
    }
}
