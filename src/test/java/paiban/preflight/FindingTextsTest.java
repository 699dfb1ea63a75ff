package paiban.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two findings bundles say the same things: same keys, every code and key the checks use, patterns that format. */
class FindingTextsTest {
    static final ResourceBundle ZH = FindingTexts.load(Locale.SIMPLIFIED_CHINESE);
    static final ResourceBundle EN = FindingTexts.load(Locale.ENGLISH);
    static final Path CHECKS = Path.of("src/main/java/paiban/preflight");

    @Test void theBundlesAreTheTwoLanguages() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, ZH.getLocale());
        assertEquals(Locale.ENGLISH, EN.getLocale());
    }

    @Test void bothBundlesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(ZH.keySet()), new TreeSet<>(EN.keySet()));
    }

    @Test void everyCodeAndKeyTheChecksUseHasATextInBoth() throws IOException {
        Set<String> codes = new TreeSet<>(), keys = new TreeSet<>();
        Pattern finding = Pattern.compile("finding\\((?:Severity\\.)?\\w+,\\s*\"([^\"]+)\",\\s*\"([^\"]+)\"");
        Pattern wording = Pattern.compile("Wording\\.of\\(\"([^\"]+)\"");
        for (String source : sources(CHECKS)) {
            Matcher m = finding.matcher(source);
            while (m.find()) {
                codes.add(m.group(1));
                keys.add(m.group(2));
            }
            Matcher w = wording.matcher(source);
            while (w.find()) if (!w.group(1).endsWith(".")) keys.add(w.group(1));
        }
        // ColourCheck's inks and every frame kind (Frame.kind()) are looked up as ink.* and frame.*
        for (String ink : List.of("text", "rule", "fill", "outline")) keys.add("ink." + ink);
        Pattern kind = Pattern.compile("kind\\(\\)\\s*\\{\\s*return \"(\\w+)\"");
        for (String source : sources(Path.of("src/main/java/paiban/model/frame"))) {
            Matcher m = kind.matcher(source);
            while (m.find()) keys.add("frame." + m.group(1));
        }
        assertEquals(32, codes.size(), "the checks' codes as found in the sources: " + codes);
        assertTrue(keys.contains("frame.image") && keys.contains("frame.header"), keys.toString());
        for (String code : codes) keys.add("code." + code);
        for (String key : keys) {
            assertTrue(ZH.containsKey(key), "findings_zh_CN lacks " + key);
            assertTrue(EN.containsKey(key), "findings_en lacks " + key);
        }
        // and no title for a code no check uses
        Set<String> titled = new TreeSet<>();
        for (String k : Collections.list(EN.getKeys())) if (k.startsWith("code.")) titled.add(k.substring(5));
        assertEquals(codes, titled);
    }

    @Test void everyPatternFormatsWithoutLeftOverBraces() {
        Object[] args = {"a0", "a1", "a2", "a3", "a4", "a5", "a6"};
        for (ResourceBundle b : List.of(ZH, EN)) {
            for (String key : Collections.list(b.getKeys())) {
                String out = new MessageFormat(b.getString(key), b.getLocale()).format(args);
                assertFalse(out.contains("{") || out.contains("}"), b.getLocale() + " " + key + ": " + out);
                assertFalse(b.getString(key).replace("''", "").contains("'"),
                        b.getLocale() + " " + key + ": a single quote would swallow text: " + b.getString(key));
            }
        }
        assertEquals("the story's frames", FindingTexts.of(Locale.ENGLISH).format("overset", List.of(3))
                .replaceAll(".* fit ", ""), "a doubled quote prints once");
    }

    @Test void theChineseTextsAreChinese() {
        for (String key : Collections.list(ZH.getKeys())) {
            String zh = ZH.getString(key);
            if (zh.isBlank() || key.startsWith("place.") || key.equals("story.titled") || key.equals("code.rgb-image")) continue;
            assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    key + " is not Chinese: " + zh);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "zh_CN, 超字, Overset text",
            "zh, 超字, Overset text",
            "zh_TW, 超字, Overset text",
            "en, Overset text, Overset text",
            "en_US, Overset text, Overset text",
            "fr, Overset text, Overset text"})
    void anyChineseLocaleReadsChineseEverythingElseEnglish(String tag, String title, String english) {
        Locale l = Locale.forLanguageTag(tag.replace('_', '-'));
        Finding f = new Finding(Severity.ERROR, "overset", "overset", List.of(5), "", "", "s1", "", "");
        assertEquals(title, f.title(l));
        assertEquals(english, f.title(Locale.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource(value = {"en | en", "EN | en", "en_GB | en", "zh | zh", "zh_CN | zh", "'' | zh", "fr | zh"}, delimiter = '|')
    void theDeskLanguageIsChineseUnlessEnglishIsAskedFor(String lang, String expected) {
        assertEquals(expected, FindingTexts.parse(lang).getLanguage());
        assertEquals("zh", FindingTexts.parse(null).getLanguage());
    }

    @Test void aStoryWithoutTitleIsNamedByItsId() {
        Finding f = new Finding(Severity.ERROR, "overset", "overset", List.of(7), "p1", "t1", "s9", "第三版", "");
        assertEquals("第三版 稿件 s9 超 7 字", f.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("第三版, frame t1, story s9: 超 7 字 — 7 characters do not fit the story's frames", f.message());
    }

    @Test void aLiteralFindingReadsTheSameInEveryLanguage() {
        Finding f = new Finding(Severity.WARNING, "x", "as given", "p1", "", "");
        assertEquals("as given", f.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("as given", f.message());
        assertEquals("WARNING x: as given", f.toString());
    }

    private static List<String> sources(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) out.add(Files.readString(p));
        }
        assertFalse(out.isEmpty(), "no sources in " + folder.toAbsolutePath());
        return out;
    }
}
