package paiban.io.json;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The "format" and "version" at the top of every edition file, and the chain
 * of migrations that brings an older file up to the current version.
 */
public final class FormatVersion {
    public static final String FORMAT = "paiban";
    public static final int CURRENT = 2;

    /** One step per older version, in order: 1 → 2 gives paragraph styles their roles. */
    static final List<Migration> MIGRATIONS = List.of(new StyleRolesMigration());

    private final List<Migration> migrations;
    private final int current;

    FormatVersion(List<Migration> migrations, int current) {
        this.migrations = List.copyOf(migrations);
        this.current = current;
    }

    public static FormatVersion standard() {
        return new FormatVersion(MIGRATIONS, CURRENT);
    }

    /**
     * Checks "format" and "version" and migrates an older tree to the current
     * version; refuses a newer one.
     */
    public ObjectNode upgrade(JsonNode tree) {
        if (!tree.isObject()) {
            throw new FormatError("", "the file holds " + In.describe(tree) + ", not a Paiban edition (expected an object with \"format\": \"paiban\")");
        }
        ObjectNode root = (ObjectNode) tree;
        JsonNode format = root.get("format");
        if (format == null || format.isNull()) {
            throw new FormatError("", "this is not a Paiban edition: the key \"format\": \"paiban\" is missing");
        }
        if (!format.isTextual() || !FORMAT.equals(format.textValue())) {
            throw new FormatError("format", "this is not a Paiban edition: \"format\" is " + In.describe(format) + ", expected \"paiban\"");
        }
        JsonNode v = root.get("version");
        if (v == null || v.isNull()) throw new FormatError("", "the key \"version\" is missing");
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new FormatError("version", "\"version\" must be a whole number, found " + In.describe(v));
        }
        int version = v.intValue();
        if (version > current) {
            throw new FormatError("version", "the file is of format version " + version
                    + ", written by a newer Paiban; this program reads versions up to " + current
                    + ". Open it with a newer Paiban.");
        }
        if (version < 1) throw new FormatError("version", "there is no format version " + version + " (versions start at 1)");
        while (version < current) {
            Migration step = stepFrom(version);
            root = step.apply(root);
            version++;
            root.put("version", version);
        }
        return root;
    }

    private Migration stepFrom(int version) {
        for (Migration m : migrations) if (m.from() == version) return m;
        throw new FormatError("version", "format version " + version + " can no longer be read (no migration to version " + (version + 1) + ")");
    }
}
