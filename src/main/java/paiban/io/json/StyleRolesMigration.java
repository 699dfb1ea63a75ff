package paiban.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import paiban.model.style.StyleRole;

/**
 * Version 1 → 2: paragraph styles gained a role. A version-1 file's
 * behaviour came from its style names, so each paragraph style gets the role
 * its name meant ({@link StyleRole#ofStandardName}: 主题 and 主题二 → title,
 * any other name → body, which is left out as the default). Nothing else changes.
 */
final class StyleRolesMigration implements Migration {
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
        }
        return root;
    }
}
