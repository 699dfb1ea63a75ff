package paiban.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Damage the sample at random, seeded: reading either succeeds or fails with
 * a DocumentException in plain words. Nothing else may escape.
 */
class EditionFileFuzzTest {
    private static String sample;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @BeforeAll
    static void load() throws Exception {
        sample = Files.readString(SampleEditionBuilder.FILE, StandardCharsets.UTF_8);
    }

    private static void readsOrExplains(String text, String what) {
        try {
            EditionFile.fromJson(text, "fuzz.json");
        } catch (DocumentException e) {
            assertTrue(e.getMessage().startsWith("fuzz.json"), e.getMessage());
            EditionFileErrorsTest.assertPlain(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            fail(what + " escaped as " + e, e);
        }
    }

    @Test
    void characterDamage() {
        Random r = new Random(11);
        String alphabet = "{}[]\":,0123456789.-eEtrufalsn \n\\中";
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder(sample);
            int edits = 1 + r.nextInt(3);
            for (int k = 0; k < edits; k++) {
                int at = r.nextInt(sb.length());
                switch (r.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                    default -> sb.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            readsOrExplains(sb.toString(), "edit " + i);
        }
    }

    @Test
    void valueDamage() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Random r = new Random(12);
        JsonNode original = mapper.readTree(sample);
        JsonNode[] replacements = {F.nullNode(), F.textNode(""), F.textNode("x"), F.numberNode(-1), F.numberNode(0),
                F.numberNode(1e300), F.numberNode(2.5), F.booleanNode(true), F.objectNode(), F.arrayNode(),
                F.textNode("-5mm"), F.numberNode(Long.MAX_VALUE)};
        for (int i = 0; i < 600; i++) {
            JsonNode tree = original.deepCopy();
            List<JsonNode> containers = new ArrayList<>();
            collect(tree, containers);
            JsonNode target = containers.get(r.nextInt(containers.size()));
            JsonNode value = replacements[r.nextInt(replacements.length)];
            if (target instanceof ObjectNode o && o.size() > 0) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(r.nextInt(names.size()));
                if (r.nextInt(4) == 0) o.remove(name); else o.set(name, value);
            } else if (target instanceof ArrayNode a && a.size() > 0) {
                int k = r.nextInt(a.size());
                if (r.nextInt(4) == 0) a.remove(k); else a.set(k, value);
            }
            readsOrExplains(mapper.writeValueAsString(tree), "value damage " + i);
        }
    }

    @Test
    void deepNesting() {
        readsOrExplains("[".repeat(100_000), "deep lists");
        readsOrExplains("{\"a\":".repeat(50_000), "deep objects");
    }

    @Test
    void hugeNumbers() {
        readsOrExplains(sample.replaceFirst("\"pitch\": 13.5", "\"pitch\": 1e999999"), "huge exponent");
        readsOrExplains(sample.replaceFirst("\"pitch\": 13.5", "\"pitch\": " + "9".repeat(5000)), "long number");
        readsOrExplains(sample.replaceFirst("\"columns\": 8", "\"columns\": 8e0"), "exponent integer");
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            n.forEach(child -> collect(child, out));
        }
    }
}
