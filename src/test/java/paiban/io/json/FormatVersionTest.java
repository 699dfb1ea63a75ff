package paiban.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class FormatVersionTest {
    /** A pretend version 2 that renamed "name" to "title". */
    private static final Migration RENAME = new Migration() {
        @Override public int from() { return 1; }

        @Override public ObjectNode apply(ObjectNode root) {
            root.set("title", root.remove("name"));
            return root;
        }
    };

    private static ObjectNode tree(String json) throws Exception {
        return (ObjectNode) JsonText.parse(json);
    }

    @Test
    void olderFileIsMigratedStepByStep() throws Exception {
        FormatVersion v2 = new FormatVersion(List.of(RENAME), 2);
        ObjectNode up = v2.upgrade(tree("{\"format\": \"paiban\", \"version\": 1, \"name\": \"滨江日报\"}"));
        assertEquals(2, up.get("version").intValue());
        assertEquals("滨江日报", up.get("title").textValue());
        assertEquals(null, up.get("name"));
    }

    @Test
    void currentFileIsLeftAsItIs() throws Exception {
        FormatVersion v2 = new FormatVersion(List.of(RENAME), 2);
        ObjectNode up = v2.upgrade(tree("{\"format\": \"paiban\", \"version\": 2, \"title\": \"x\"}"));
        assertEquals("x", up.get("title").textValue());
    }

    @Test
    void missingStepIsReported() throws Exception {
        FormatVersion v3 = new FormatVersion(List.of(RENAME), 3);
        FormatError e = assertThrows(FormatError.class,
                () -> v3.upgrade(tree("{\"format\": \"paiban\", \"version\": 1, \"name\": \"x\"}")));
        assertEquals("format version 2 can no longer be read (no migration to version 3)", e.problem());
    }

    @Test
    void standardVersionIsTwoWithTheStyleRolesStep() {
        assertEquals(2, FormatVersion.CURRENT);
        assertEquals(List.of(1), FormatVersion.MIGRATIONS.stream().map(Migration::from).toList());
    }
}
