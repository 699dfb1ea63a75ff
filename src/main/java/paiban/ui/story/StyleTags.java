package paiban.ui.story;

import java.util.Map;

/**
 * The colour each paragraph style is tagged with in the story editor, so a
 * designer sees at a glance where 电头, 小标题 and 署名 are. The desk's
 * usual styles have fixed colours; any other name gets one from a palette.
 */
final class StyleTags {
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("正文", "#8a9099"),
            Map.entry("电头", "#1b8a8a"),
            Map.entry("小标题", "#d9822b"),
            Map.entry("引题", "#4a6fd1"),
            Map.entry("主题", "#1f47b8"),
            Map.entry("副题", "#6b8ae0"),
            Map.entry("署名", "#8e44ad"),
            Map.entry("图片说明", "#2e8b57"),
            Map.entry("栏目头", "#b03060"));
    private static final String[] PALETTE = {"#c0392b", "#16a085", "#7f8c8d", "#2c3e50", "#a0522d", "#5d6d7e", "#9b59b6"};

    private StyleTags() {}

    /** CSS colour of a style's tag. */
    static String color(String style) {
        String known = KNOWN.get(style);
        if (known != null) return known;
        return PALETTE[Math.floorMod(style.hashCode(), PALETTE.length)];
    }
}
