package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StyleMappingTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Title, 主题", "title, 主题", "标题 1, 主题", "heading 1, 主题", "Heading1, 主题", "Heading 2, 小标题",
            "标题 2, 小标题", "Subtitle, 副题", "caption, 图片说明", "Normal, 正文", "电头, 电头", "署名, 署名",
    })
    void defaults(String word, String paiban) {
        assertEquals(Optional.of(paiban), StyleMapping.defaults().lookup(word));
    }

    @Test
    void unknownStyleHasNoMapping() {
        assertEquals(Optional.empty(), StyleMapping.defaults().lookup("Quote"));
    }

    @Test
    void savedAndLoadedUnchangedWithTheUsersEdits() throws Exception {
        StyleMapping edited = StyleMapping.defaults().with("Quote", "图片说明").with("HEADING 2", "副题").without("caption");
        Path f = dir.resolve("sub/word-styles.json");
        edited.save(f);
        StyleMapping back = StyleMapping.load(f);
        assertEquals(edited, back);
        assertEquals(Optional.of("副题"), back.lookup("heading 2"));
        assertEquals(Optional.empty(), back.lookup("caption"));
        assertEquals(Optional.of("图片说明"), back.lookup("quote"));
    }

    @Test
    void badFilesAreNamed() throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, "{\"format\": \"paiban-word-styles\", \"version\": 1, \"styles\": {\"Title\": 3}}");
        assertEquals(f + ": style mapping: \"Title\" must map to a Paiban style name",
                assertThrows(ImportException.class, () -> StyleMapping.load(f)).getMessage());
        Files.writeString(f, "{\"format\": \"other\"}");
        assertEquals(f + ": not a style mapping (\"format\" must be \"paiban-word-styles\")",
                assertThrows(ImportException.class, () -> StyleMapping.load(f)).getMessage());
        Files.writeString(f, "{\n\"format\": ");
        assertEquals(f + ": style mapping is not valid JSON (line 2)",
                assertThrows(ImportException.class, () -> StyleMapping.load(f)).getMessage());
    }
}
