package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import paiban.model.story.Paragraph;

/** Seeded random copy: the importer never loses or changes a word beyond its reported clean-ups. */
class ImportPropertyTest {
    private static final String[] PIECES = {
            "市", "教", "育", "局", "本报讯", "记者", "新闻", "发布会", "课后", "服务", "学校",
            "Paiban", "news", "3", "5", "1,000", "3.5", "１２", "ＡＢ", "ｚ",
            ",", ".", ":", ";", "?", "!", "(", ")", "，", "。", "：", "“", "”", "——", "…",
            " ", " ", "  ", "\u3000", "\t", "\n", "\n", "\n\n", "（记者 张三）",
    };

    private static String randomCopy(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(120);
        for (int i = 0; i < n; i++) sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        return sb.toString();
    }

    private static List<String> nonBlankLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) if (!TextParagraphs.blank(line)) out.add(line);
        return out;
    }

    @Test
    void withEveryRuleOffTheLinesComeBackUnchanged() {
        Random rnd = new Random(20261125L);
        for (int i = 0; i < 2000; i++) {
            String copy = randomCopy(rnd);
            ImportResult r = StoryImporter.importText(copy, "random.txt", ImportOptions.none());
            assertEquals(nonBlankLines(copy), r.allParagraphs().stream().map(Paragraph::text).toList(), "copy: " + copy);
            assertEquals(0, r.report().counts().values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    /** The author's characters, ignoring white space, width and the half/full-width form of , . : ; ? ! ( ). */
    static String words(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (CleanupChars.isSpace(cp) || cp == '\n') return;
            if (CleanupChars.isFullwidthAlnum(cp)) cp -= 0xFEE0;
            int k = "，。：；？！（）".indexOf(cp);
            if (k >= 0) cp = ",.:;?!()".charAt(k);
            sb.appendCodePoint(cp);
        });
        return sb.toString();
    }

    @Test
    void withEveryRuleOnNoWordIsLost() {
        Random rnd = new Random(7L);
        for (int i = 0; i < 2000; i++) {
            String copy = randomCopy(rnd);
            ImportResult r = StoryImporter.importText(copy, "random.txt", ImportOptions.defaults());
            String out = String.join("\n", r.allParagraphs().stream().map(Paragraph::text).toList());
            assertEquals(words(copy), words(out), "copy: " + copy);
        }
    }

    @Test
    void eachRuleAloneChangesOnlyWhatItCounts() {
        Random rnd = new Random(99L);
        for (Cleanup rule : Cleanup.values()) {
            for (int i = 0; i < 300; i++) {
                String copy = randomCopy(rnd);
                ImportResult r = StoryImporter.importText(copy, "random.txt", ImportOptions.none().with(rule));
                List<String> before = nonBlankLines(copy);
                List<String> after = r.allParagraphs().stream().map(Paragraph::text).toList();
                if (r.report().count(rule) == 0 && rule != Cleanup.JOIN_LINES)
                    assertEquals(before, after, rule + " changed text without counting it: " + copy);
                assertEquals(words(copy), words(String.join("\n", after)), rule + " lost words: " + copy);
            }
        }
    }
}
