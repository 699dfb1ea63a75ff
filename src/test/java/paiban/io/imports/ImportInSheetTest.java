package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.model.story.Paragraph;
import paiban.model.style.DefaultStyles;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;

/** Imported copy named by the standard styles takes the edition's style of each role, whatever it is called. */
class ImportInSheetTest {
    @Test
    void standardNamesBecomeTheSheetsStylesOfTheirRoles() {
        StyleSheet sheet = DefaultStyles.forBody(9000);
        for (ParagraphStyle s : sheet.paragraphStyles()) sheet = sheet.restyle(s.name(), s.withName("要闻" + s.name()));
        String copy = "滨江岸线今日全线贯通\n\n本报讯（记者 王晓）今天清晨，滨江两岸岸线全线贯通。\n\n市民可以沿着江边一路走到另一头。\n";
        ImportResult raw = StoryImporter.importText(copy, "copy.txt", ImportOptions.defaults());
        ImportResult placed = raw.inSheet(sheet);
        List<String> before = raw.allParagraphs().stream().map(Paragraph::style).toList();
        List<String> after = placed.allParagraphs().stream().map(Paragraph::style).toList();
        assertTrue(before.contains("正文"), before.toString());
        assertEquals(before.stream().map(s -> "要闻" + s).toList(), after);
        assertEquals(raw.allParagraphs().stream().map(Paragraph::text).toList(),
                placed.allParagraphs().stream().map(Paragraph::text).toList());
    }
}
