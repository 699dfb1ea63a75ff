package paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.preflight.Preflight;
import paiban.render.pdf.PdfExporter;
import paiban.render.pdf.PdfSettings;

/**
 * Issue 13's done-when: the sample edition mutated thousands of times,
 * seeded, each mutant through read → compose → preflight (and every
 * {@link #EXPORT_EVERY}-th accepted one through export). Asserts:
 * <ul>
 * <li>reading either succeeds or throws a {@link DocumentException}, the one
 *     documented exception, located (line or JSON path), in plain words and
 *     under 300 characters;</li>
 * <li>a file the reader accepts composes, preflights and exports without any
 *     exception (never "accepted, then crashes");</li>
 * <li>no mutant runs past {@link #PER_MUTANT_SECONDS} (each runs in a worker
 *     thread with that timeout: a hang fails the test instead of stalling it).</li>
 * </ul>
 * The values are the ones that broke the reader or the composer before:
 * huge exponents, 2147483647, long texts, unbreakable runs, sizes past a page.
 */
class PipelineFuzzTest {
    static final int MUTANTS = 2000;
    static final int EXPORT_EVERY = 50;
    static final int PER_MUTANT_SECONDS = 30;

    /** Raw number texts put in place of a number of the file (some are no valid double at all). */
    static final String[] NUMBERS = {"0", "-1", "1", "2", "7", "13", "100", "1000", "100000", "1000000", "2147483647",
            "-2147483648", "4294967296", "1e9", "1e99999999999", "1e999999999", "-1e308", "1E400", "1e-999999999",
            "0.0001", "0.5", "13.5", "-0", "99999999999999999999999", "3.4028235e38", "8e0", "1.5"};

    /** Texts put in place of a text of the file. */
    static final String[] TEXTS = {"", " ", "x", "390mm", "1e99999mm", "-5mm", "9pt", "宋体", "对开", "p1", "s1",
            "lone \ud800", "tab\there", "nul\u0000", "soft\u00ADhyphen", "正文", "C0 M0 Y0 K100", "C999", "2026-02-30"};

    private static String sample;
    private static Path sampleDir;
    private static ObjectMapper mapper;
    private static ExecutorService worker;
    private static FontLibrary fonts;
    /** Shared, so unchanged paragraphs come from its line cache as in the editor; exported mutants use a fresh one. */
    private static EditionComposer composer;

    @TempDir static Path out;

    @BeforeAll
    static void load() throws Exception {
        sample = Files.readString(EditionFile.SAMPLE, StandardCharsets.UTF_8);
        sampleDir = EditionFile.SAMPLE.toAbsolutePath().getParent();
        mapper = new ObjectMapper();
        fonts = FontLibrary.shared();
        composer = new EditionComposer(fonts);
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-mutant");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stop() {
        worker.shutdownNow();
    }

    @Test
    void mutantsAreReadOrExplainedAndWhatIsReadAlwaysComposesAndExports() throws Exception {
        Random r = new Random(20261207);
        JsonNode original = mapper.readTree(sample);
        int accepted = 0, refused = 0, exported = 0;
        for (int i = 0; i < MUTANTS; i++) {
            Mutant m = mutant(r, original);
            String text = m.text();
            boolean export = false;
            int index = i;
            Future<Edition> run = worker.submit(() -> readOrExplain(text, index));
            Edition e = within(run, i, m.what());
            if (e == null) {
                refused++;
                continue;
            }
            accepted++;
            export = accepted % EXPORT_EVERY == 0;
            boolean exportThis = export;
            within(worker.submit(() -> pipeline(e, exportThis, index)), i, m.what());
            if (export) exported++;
        }
        // the mutations must exercise both sides: plenty refused, plenty accepted and composed
        assertTrue(refused > MUTANTS / 10, "refused " + refused);
        assertTrue(accepted > MUTANTS / 10, "accepted " + accepted);
        assertTrue(exported >= 10, "exported " + exported);
    }

    private static <T> T within(Future<T> run, int i, String what) throws InterruptedException {
        try {
            return run.get(PER_MUTANT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            fail("mutant " + i + " ran over " + PER_MUTANT_SECONDS + " s: " + what);
        } catch (ExecutionException e) {
            fail("mutant " + i + " escaped as " + e.getCause() + ": " + what, e.getCause());
        }
        return null;
    }

    /** The edition, or null when the reader refused it the documented way. */
    private static Edition readOrExplain(String text, int i) {
        try {
            return EditionFile.fromJson(text, "fuzz.json");
        } catch (DocumentException e) {
            String m = e.getMessage();
            assertTrue(m.startsWith("fuzz.json"), m);
            assertTrue(e.line() > 0 || !e.path().isEmpty(), "mutant " + i + ": error without a place: " + m);
            assertTrue(m.length() < 300, "mutant " + i + ": " + m.length() + " characters: " + m);
            EditionFileErrorsTest.assertPlain(m);
            assertFalse(m.contains("JsonReadFeature") || m.contains("enable "), m);
            return null;
        }
    }

    private static Void pipeline(Edition e, boolean export, int i) throws Exception {
        EditionLayout layout = (export ? new EditionComposer(fonts) : composer).compose(e, sampleDir);
        assertEquals(e.pages().size(), layout.pages().size(), "mutant " + i);
        new Preflight(fonts).check(e, layout, sampleDir);
        if (export) {
            Path dir = out.resolve("m" + i);
            PdfExporter exporter = new PdfExporter(PdfSettings.defaults().withBleed(e.settings().bleed()));
            LocalDate date = e.date() != null ? e.date() : LocalDate.of(2026, 4, 25);
            PdfExporter.Result result = exporter.exportEdition(e.name(), date, layout.pages(), dir, PdfExporter.Progress.NONE);
            for (Path f : result.files()) assertTrue(Files.size(f) > 0, f.toString());
        }
        return null;
    }

    // ---- mutations ----

    /** A mutated file and what was done to it, for the failure message. */
    record Mutant(String text, String what) {}

    private static Mutant mutant(Random r, JsonNode original) throws Exception {
        int kind = r.nextInt(10);
        if (kind == 0) return new Mutant(characterDamage(r, sample), "character damage");
        StringBuilder what = new StringBuilder();
        JsonNode tree = original.deepCopy();
        List<JsonNode> numbers = new ArrayList<>(), texts = new ArrayList<>(), containers = new ArrayList<>();
        List<ObjectNode> parentsOfNumbers = new ArrayList<>(), parentsOfTexts = new ArrayList<>();
        List<String> numberKeys = new ArrayList<>(), textKeys = new ArrayList<>();
        collect(tree, containers, parentsOfNumbers, numberKeys, parentsOfTexts, textKeys);
        int edits = 1 + r.nextInt(3);
        List<String> raw = new ArrayList<>();
        for (int k = 0; k < edits; k++) {
            switch (r.nextInt(7)) {
                case 0, 1, 2 -> { // a number replaced, most often: that is where the limits are
                    int at = r.nextInt(parentsOfNumbers.size());
                    String placeholder = "@@" + raw.size() + "@@";
                    raw.add(NUMBERS[r.nextInt(NUMBERS.length)]);
                    parentsOfNumbers.get(at).set(numberKeys.get(at), TextNode.valueOf(placeholder));
                    what.append(numberKeys.get(at)).append(" = ").append(raw.get(raw.size() - 1)).append("; ");
                }
                case 3 -> { // a text replaced
                    int at = r.nextInt(parentsOfTexts.size());
                    String key = textKeys.get(at);
                    String value = key.equals("text") && r.nextBoolean() ? longText(r) : TEXTS[r.nextInt(TEXTS.length)];
                    parentsOfTexts.get(at).set(key, TextNode.valueOf(value));
                    what.append(key).append(" = text of ").append(value.length()).append("; ");
                }
                case 4 -> { // a key or an item removed
                    JsonNode c = containers.get(r.nextInt(containers.size()));
                    if (c instanceof ObjectNode o && o.size() > 0) {
                        List<String> names = new ArrayList<>();
                        o.fieldNames().forEachRemaining(names::add);
                        String name = names.get(r.nextInt(names.size()));
                        o.remove(name);
                        what.append("without ").append(name).append("; ");
                    } else if (c instanceof ArrayNode a && a.size() > 0) {
                        a.remove(r.nextInt(a.size()));
                        what.append("an item removed; ");
                    }
                }
                case 5 -> { // an item doubled (the same ids twice, a frame chained twice)
                    JsonNode c = containers.get(r.nextInt(containers.size()));
                    if (c instanceof ArrayNode a && a.size() > 0) {
                        a.add(a.get(r.nextInt(a.size())).deepCopy());
                        what.append("an item doubled; ");
                    }
                }
                default -> { // a number written as a length with a unit, or as text
                    int at = r.nextInt(parentsOfNumbers.size());
                    JsonNode v = parentsOfNumbers.get(at).get(numberKeys.get(at));
                    if (v != null && v.isNumber()) {
                        parentsOfNumbers.get(at).set(numberKeys.get(at),
                                TextNode.valueOf(v.asText() + (r.nextBoolean() ? "mm" : "pt")));
                        what.append(numberKeys.get(at)).append(" with a unit; ");
                    }
                }
            }
        }
        String text = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        for (int k = 0; k < raw.size(); k++) text = text.replace("\"@@" + k + "@@\"", raw.get(k));
        return new Mutant(text, what.toString());
    }

    private static String longText(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> "。".repeat(20_000 + r.nextInt(40_000)); // an unbreakable run
            case 1 -> "x".repeat(30_000); // one Latin word longer than any column
            case 2 -> "滨江\u00AD日报".repeat(2_000);
            default -> "本报讯".repeat(10_000);
        };
    }

    private static String characterDamage(Random r, String text) {
        String alphabet = "{}[]\":,0123456789.-eE+tfn \n\\中\u00AD";
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(3);
        for (int k = 0; k < edits; k++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                default -> sb.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
            }
        }
        return sb.toString();
    }

    private static void collect(JsonNode n, List<JsonNode> containers, List<ObjectNode> numberParents, List<String> numberKeys,
                                List<ObjectNode> textParents, List<String> textKeys) {
        if (!n.isContainerNode()) return;
        containers.add(n);
        if (n instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                JsonNode v = o.get(key);
                if (v.isNumber()) {
                    numberParents.add(o);
                    numberKeys.add(key);
                } else if (v.isTextual()) {
                    textParents.add(o);
                    textKeys.add(key);
                }
            }
        }
        n.forEach(child -> collect(child, containers, numberParents, numberKeys, textParents, textKeys));
    }
}
