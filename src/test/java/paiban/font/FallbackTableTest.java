package paiban.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The fallback chains are data: read from the table, over every shipped face. */
class FallbackTableTest {
    static final List<String> SHIPPED = List.of(FontLibrary.SERIF, FontLibrary.SERIF_BOLD, FontLibrary.SANS,
            FontLibrary.SANS_BOLD, FontLibrary.KAI, FontLibrary.KAI_BOLD);

    @Test void everyShippedFaceFallsBackOnEveryOtherFace() {
        FallbackTable table = FallbackTable.shared();
        for (String face : SHIPPED) {
            List<String> chain = table.chain(face);
            assertEquals(Set.copyOf(SHIPPED.stream().filter(f -> !f.equals(face)).toList()), new HashSet<>(chain), face);
            assertEquals(5, chain.size(), face + " names each face once");
            assertTrue(Files.isReadable(FontLibrary.shared().directory().resolve(face + ".ttf")), face);
        }
        assertEquals(List.of(FontLibrary.SANS, FontLibrary.KAI), table.chain(FontLibrary.SERIF).subList(0, 2), "宋体 → 黑体 → 楷体");
        assertEquals(List.of(FontLibrary.SERIF, FontLibrary.KAI), table.chain(FontLibrary.SANS).subList(0, 2), "黑体 → 宋体 → 楷体");
        assertEquals(List.of(FontLibrary.SERIF, FontLibrary.SANS), table.chain(FontLibrary.KAI).subList(0, 2), "楷体 → 宋体 → 黑体");
    }

    @Test void theTableIsReadAsWritten() throws Exception {
        FallbackTable t = FallbackTable.parse(new StringReader("""
                # a comment
                A = B, C, A, B
                B = A
                """));
        assertEquals(List.of("B", "C"), t.chain("A"), "itself and repeats left out");
        assertEquals(List.of("A"), t.chain("B"));
        assertEquals(List.of("A", "B"), t.chain("D"), "a face the table does not name falls back on all it names");
    }

    @Test void aFaceWithoutItsFileIsSkipped(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path shipped = FontLibrary.shared().directory();
        Files.copy(shipped.resolve(FontLibrary.SERIF + ".ttf"), dir.resolve(FontLibrary.SERIF + ".ttf"));
        Files.copy(shipped.resolve(FontLibrary.KAI + ".ttf"), dir.resolve(FontLibrary.KAI + ".ttf"));
        FontLibrary lib = new FontLibrary(dir);
        FontFace serif = lib.face(FontLibrary.SERIF);
        assertEquals(List.of(FontLibrary.KAI), lib.fallbacks(serif).stream().map(FontFace::name).toList());
        assertEquals(FontLibrary.KAI, lib.faceFor(serif, 0x20BB7).name());
        assertEquals(serif, lib.faceFor(serif, '中'));
    }
}
