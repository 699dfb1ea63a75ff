package paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.LayoutFingerprint;
import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.model.Edition;
import paiban.model.style.Alignment;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleRole;

/** Format version 2: roles and "based on" in the file, and a version-1 file migrated. */
class StyleFileTest {
    private static final Path V1 = Path.of("src", "test", "resources", "paiban", "io", "edition-v1.json");

    @TempDir Path dir;

    private Path write(String text) throws Exception {
        Path f = dir.resolve("styles.json");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static String sample() throws Exception {
        return Files.readString(SampleEditionBuilder.FILE, StandardCharsets.UTF_8);
    }

    @Test
    void aVersionOneFileGetsRolesFromItsStyleNamesAndTheSameLayout() throws Exception {
        assertTrue(Files.readString(V1).contains("\"version\": 1,"), "the fixture is a version-1 file");
        Edition old = EditionFile.read(V1);
        Edition now = EditionFile.read(SampleEditionBuilder.FILE);
        assertEquals(StyleRole.TITLE, old.styles().find("主题二").orElseThrow().role());
        assertEquals(StyleRole.JUMP_TO, old.styles().find("下转").orElseThrow().role());
        assertEquals(StyleRole.EAR, old.styles().find("报眉").orElseThrow().role());
        assertEquals(StyleRole.BODY, old.styles().find("正文").orElseThrow().role());
        for (ParagraphStyle s : now.styles().paragraphStyles()) {
            ParagraphStyle o = old.styles().find(s.name()).orElseThrow();
            assertEquals(s.withBasedOn(""), o, "same values and role as the version-2 sample: " + s.name());
        }
        EditionComposer composer = new EditionComposer(FontLibrary.shared());
        Path base = SampleEditionBuilder.FILE.getParent();
        assertEquals(LayoutFingerprint.of(composer.compose(now, base)), LayoutFingerprint.of(composer.compose(old, base)));
    }

    @Test
    void theSampleIsVersionTwoAndItsDerivedHeadlinesStoreOnlyWhatDiffers() throws Exception {
        String text = sample();
        assertTrue(text.contains("\"version\": 2,"));
        assertTrue(text.contains("{\"name\": \"主题二\", \"basedOn\": \"主题\", \"family\": \"黑体\", \"bold\": true, \"size\": 24, \"linesPerLine\": 2}"),
                "only the overrides (主题 is 标宋, its derived headlines 黑体)");
        assertTrue(text.contains("\"role\": \"continuation-title\""));
    }

    @Test
    void aLeftOutKeyTakesTheParentsValueWhereverTheParentStands() throws Exception {
        String text = sample().replace("{\"name\": \"主题二\", \"basedOn\": \"主题\", \"family\": \"黑体\", \"bold\": true, \"size\": 24, \"linesPerLine\": 2},",
                "{\"name\": \"主题二\", \"basedOn\": \"主题四\", \"family\": \"黑体\", \"size\": 24},")
                .replace("{\"name\": \"主题三\",", "{\"name\": \"主题四\", \"basedOn\": \"主题\", \"alignment\": \"left\"},\n      {\"name\": \"主题三\",");
        Edition e = EditionFile.read(write(text));
        ParagraphStyle two = e.styles().find("主题二").orElseThrow();
        assertEquals(24_000, two.size());
        assertEquals(3, two.linesPerLine(), "from 主题 through 主题四");
        assertEquals(Alignment.LEFT, two.alignment(), "from 主题四, which comes later in the file");
        assertEquals(StyleRole.TITLE, two.role(), "the role is inherited too");
        assertFalse(two.bold(), "主题 (标宋) is not bold, and nothing between says otherwise");
    }

    @Test
    void aChildsValueEqualToADefaultButNotToItsParentIsWrittenAndReadBack() throws Exception {
        Edition e = EditionFile.read(SampleEditionBuilder.FILE);
        ParagraphStyle parent = e.styles().find("正文").orElseThrow();
        Edition edited = e.withStyles(e.styles()
                .restyle("正文", parent.withSides(2, 0, 0))
                .with(parent.withName("导语").withBasedOn("正文").withRole(StyleRole.BODY)));
        edited = edited.withStyles(edited.styles().restyle("导语", edited.styles().find("导语").orElseThrow().withSides(0, 1, 0)));
        Path f = dir.resolve("e.json");
        EditionFile.write(edited, f);
        Edition back = EditionFile.read(f);
        assertEquals(edited.styles(), back.styles());
        assertEquals(0, back.styles().find("导语").orElseThrow().leftIndentChars());
    }

    @Test
    void aCircleOfBasedOnIsRefusedWhereItCloses() throws Exception {
        String text = sample().replace("{\"name\": \"主题二\", \"basedOn\": \"主题\",", "{\"name\": \"主题二\", \"basedOn\": \"主题三\",")
                .replace("{\"name\": \"主题三\", \"basedOn\": \"主题\",", "{\"name\": \"主题三\", \"basedOn\": \"主题二\",");
        Path f = write(text);
        DocumentException e = assertThrows(DocumentException.class, () -> EditionFile.read(f));
        assertTrue(e.getMessage().startsWith(f.toString() + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("styles.paragraph["), e.getMessage());
        assertTrue(e.getMessage().contains("].basedOn: the styles are based on each other in a circle (主题"), e.getMessage());
    }

    @Test
    void aParentThatIsNoStyleIsRefused() throws Exception {
        Path f = write(sample().replace("\"basedOn\": \"眉头\"", "\"basedOn\": \"眉头左\""));
        DocumentException e = assertThrows(DocumentException.class, () -> EditionFile.read(f));
        assertTrue(e.getMessage().contains("is based on \"眉头左\", which is not a paragraph style of this file"), e.getMessage());
    }

    @Test
    void anUnknownRoleIsRefusedWithTheKnownOnes() throws Exception {
        Path f = write(sample().replace("\"role\": \"ad\"", "\"role\": \"advert\""));
        DocumentException e = assertThrows(DocumentException.class, () -> EditionFile.read(f));
        assertTrue(e.getMessage().contains("role: \"advert\" is not one of \"body\", \"kicker\""), e.getMessage());
    }
}
