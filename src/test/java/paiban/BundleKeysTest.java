package paiban;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message bundle names each key once: java.util.Properties silently keeps the last of two
 * texts for one key, so a merge that left both would change what the desk reads without a word.
 */
class BundleKeysTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void noBundleNamesAKeyTwice() throws IOException {
        List<Path> bundles;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            bundles = files.filter(f -> f.toString().endsWith(".properties")).toList();
        }
        assertFalse(bundles.isEmpty(), "the bundles are found under " + RESOURCES.toAbsolutePath());
        List<String> twice = new ArrayList<>();
        for (Path bundle : bundles) {
            Set<String> seen = new HashSet<>();
            boolean continued = false;
            for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                String t = line.strip();
                boolean key = !continued && !t.isEmpty() && !t.startsWith("#") && !t.startsWith("!");
                continued = t.endsWith("\\");
                if (!key) continue;
                int end = 0;
                while (end < t.length() && "=: \t".indexOf(t.charAt(end)) < 0) end++;
                String k = t.substring(0, end);
                if (!seen.add(k)) twice.add(RESOURCES.relativize(bundle) + ": " + k);
            }
        }
        assertEquals(List.of(), twice);
    }
}
