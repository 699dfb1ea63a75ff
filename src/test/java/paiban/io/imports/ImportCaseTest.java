package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Import cases as data (src/test/resources/import-cases/*.txt), one file per case:
 * <pre>
 * # what the case shows
 * === copy
 * the reporter's text, as a .txt file (\\uXXXX for an invisible character)
 * === paragraphs
 * 主题 | the headline and body paragraphs after import, style | text, in order
 * === notes
 * note: … every note and warning line of the English report, in order (none when the section is empty)
 * === counts
 * join-broken 1    (optional: the named rules' counts; rules not named are not checked)
 * </pre>
 */
class ImportCaseTest {
    static final Path DIR = Path.of("src", "test", "resources", "import-cases");
    @TempDir Path tmp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> list = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
            if (list.isEmpty()) throw new IllegalStateException("no import cases in " + DIR);
            return list.stream();
        }
    }

    /** The sections of a case file by name, their lines in order (comment lines before the first section dropped). */
    static Map<String, List<String>> sections(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                current = new ArrayList<>();
                out.put(line.substring(4).strip(), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        for (List<String> lines : out.values()) {
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        }
        return out;
    }

    static String unescape(String s) {
        Matcher m = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        m.appendTail(sb);
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importsAsExpected(String name) throws Exception {
        Map<String, List<String>> c = sections(Files.readString(DIR.resolve(name), StandardCharsets.UTF_8));
        Path copy = tmp.resolve(name);
        Files.writeString(copy, unescape(String.join("\n", c.get("copy"))) + "\n", StandardCharsets.UTF_8);
        ImportResult r = StoryImporter.importFile(copy, ImportOptions.defaults());

        List<String> expected = c.get("paragraphs").stream().filter(l -> !l.isBlank())
                .map(l -> l.substring(0, l.indexOf('|')).strip() + " | " + unescape(l.substring(l.indexOf('|') + 1).strip())).toList();
        List<String> actual = r.allParagraphs().stream().map(p -> p.style() + " | " + p.text()).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual), name + ": paragraphs");

        List<String> notes = r.report().lines().stream().filter(l -> l.startsWith("note: ") || l.startsWith("warning: ")).toList();
        assertEquals(String.join("\n", c.getOrDefault("notes", List.of())), String.join("\n", notes), name + ": report notes");

        for (String line : c.getOrDefault("counts", List.of())) {
            if (line.isBlank()) continue;
            String[] kv = line.strip().split("\\s+");
            Cleanup rule = Cleanup.byCliName(kv[0]).orElseThrow(() -> new IllegalArgumentException(name + ": no rule " + kv[0]));
            assertEquals(Integer.parseInt(kv[1]), r.report().count(rule), name + ": count of " + kv[0]);
        }
    }
}
