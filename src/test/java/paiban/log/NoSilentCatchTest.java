package paiban.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** No exception is swallowed in silence: a catch block of the program holds more than comments (a log line at least). */
class NoSilentCatchTest {
    private static final Pattern SILENT = Pattern.compile("catch\\s*\\(([^)]*)\\)\\s*\\{((?:\\s|//[^\\n]*\\n|/\\*.*?\\*/)*)\\}",
            Pattern.DOTALL);

    static List<String> silentCatches(String source) {
        List<String> found = new ArrayList<>();
        Matcher m = SILENT.matcher(source);
        while (m.find()) found.add("line " + (source.substring(0, m.start()).split("\n", -1).length) + ": catch (" + m.group(1) + ")");
        return found;
    }

    @Test
    void everyCatchInTheProgramDoesSomething() throws IOException {
        List<String> silent = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String s : silentCatches(Files.readString(f))) silent.add(f + " " + s);
            }
        }
        assertEquals(List.of(), silent);
    }

    /** The check sees an empty or comment-only catch, and not one that logs. */
    @Test
    void theCheckFindsThem() {
        assertEquals(1, silentCatches("try { a(); } catch (IOException e) {\n  // nothing to do\n}").size());
        assertEquals(1, silentCatches("try { a(); } catch (RuntimeException e) { /* ignored */ }").size());
        assertEquals(1, silentCatches("try { a(); } catch (IOException e) {}").size());
        assertTrue(silentCatches("try { a(); } catch (IOException e) {\n  // said\n  LOG.log(DEBUG, \"x\", e);\n}").isEmpty());
    }
}
