package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.LayoutFingerprint;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.model.StyleReferences;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleRole;
import paiban.model.style.StyleSheet;
import paiban.publish.ParagraphRole;

/**
 * Behaviour goes by a style's role, never by its name: the sample with every
 * paragraph style renamed (主题 → 要闻主题 …) composes to the same layout,
 * headline stacks, jump lines, the 转版标题 and the ad's name included.
 */
class RenamedStylesTest {
    private static final Path DIR = Path.of("assets", "sample");
    private static final EditionComposer COMPOSER = new EditionComposer(FontLibrary.shared());

    private static Edition renamed(Edition e) {
        for (ParagraphStyle s : e.styles().paragraphStyles()) e = StyleReferences.rename(e, s.name(), "要闻" + s.name());
        return e;
    }

    @Test
    void everyStyleRenamedGivesTheSameLayout() throws Exception {
        Edition sample = EditionFile.read(DIR.resolve("edition.json"));
        Edition renamed = renamed(sample);
        assertTrue(renamed.styles().paragraphStyles().stream().allMatch(s -> s.name().startsWith("要闻")));
        assertTrue(renamed.stories().stream().flatMap(s -> s.paragraphs().stream()).allMatch(p -> p.style().startsWith("要闻")));
        assertEquals("要闻主题", renamed.styles().find("要闻主题二").orElseThrow().basedOn());
        var before = COMPOSER.compose(sample, DIR);
        var after = COMPOSER.compose(renamed, DIR);
        assertEquals(LayoutFingerprint.of(before), LayoutFingerprint.of(after));
        assertEquals(List.of("（下转第三版）"), SampleEditionFlowTest.generated(after, "p1"));
        assertEquals(List.of("滨江岸线全线贯通", "（上接第一版）"), SampleEditionFlowTest.generated(after, "p3"));
        assertEquals(ParagraphRole.TITLE, ParagraphRole.of(renamed.styles(), "要闻主题二"));
    }

    @Test
    void theSameNamesWithoutTheirRolesLoseTheBehaviour() throws Exception {
        Edition sample = EditionFile.read(DIR.resolve("edition.json"));
        StyleSheet sheet = sample.styles();
        for (ParagraphStyle s : sheet.paragraphStyles()) sheet = sheet.restyle(s.name(), s.withRole(StyleRole.BODY));
        Edition roleless = sample.withStyles(sheet);
        assertNotEquals(LayoutFingerprint.of(COMPOSER.compose(sample, DIR)), LayoutFingerprint.of(COMPOSER.compose(roleless, DIR)),
                "the names alone carry no behaviour");
    }
}
