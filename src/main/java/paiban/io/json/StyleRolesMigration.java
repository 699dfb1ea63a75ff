package paiban.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import paiban.model.style.StyleRole;

/**
 * Version 1 → 2: paragraph styles gained a role. A version-1 file's
 * behaviour came from its style names, so each paragraph style gets the role
 * its name meant ({@link StyleRole#ofStandardName}: 主题 and 主题二 → title,
 * any other name → body, which is left out as the default). Headline and
 * subhead styles (引题, 主题, 副题, 小标题, 转版标题 and names beginning with
 * them) also get 背题 on: {@code keepWithNextLines} 2, the default such a
 * style has in version 2, where version 1 kept only their first line off a
 * column's last line. Nothing else changes.
 */
final class StyleRolesMigration implements Migration {
    /** The roles that keep their text below them (背题), as the default sheet of version 2 has them. */
    private static final java.util.Set<StyleRole> KEEPS = java.util.EnumSet.of(StyleRole.KICKER, StyleRole.TITLE,
            StyleRole.SUBTITLE, StyleRole.SUBHEAD, StyleRole.CONTINUATION_TITLE);
    private static final int KEEP_LINES = paiban.model.style.DefaultStyles.KEEP;

    @Override
    public int from() { return 1; }

    @Override
    public ObjectNode apply(ObjectNode root) {
        JsonNode styles = root.get("styles");
        JsonNode list = styles == null ? null : styles.get("paragraph");
        if (list == null || !list.isArray()) return root; // the reader reports what is missing
        for (JsonNode s : list) {
            if (!(s instanceof ObjectNode style) || style.has("role")) continue;
            JsonNode name = style.get("name");
            StyleRole role = StyleRole.ofStandardName(name != null && name.isTextual() ? name.textValue() : "");
            if (role != StyleRole.BODY) style.put("role", Names.of(role));
            if (KEEPS.contains(role) && !style.has("keepWithNextLines")) style.put("keepWithNextLines", KEEP_LINES);
        }
        return root;
    }
}
