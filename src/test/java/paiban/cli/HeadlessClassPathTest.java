package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless commands run in a JVM whose class path has no JavaFX at all:
 * target/classes and the dependency jars without org.openjfx (and TestFX's
 * Monocle), started as {@code java -cp … paiban.Main COMMAND} the way a
 * server would run them.
 */
class HeadlessClassPathTest {
    @TempDir
    static Path dir;
    private static String classPath;

    @BeforeAll
    static void classPathWithoutJavaFx() throws IOException {
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            if (e.contains("/org/openjfx/") || e.contains("/org/testfx/") || e.endsWith("test-classes")) continue;
            kept.add(entry);
        }
        for (String entry : kept) {
            if (!entry.endsWith(".jar")) continue;
            try (ZipFile jar = new ZipFile(entry)) {
                assertTrue(jar.getEntry("javafx/application/Application.class") == null, entry + " holds JavaFX");
            }
        }
        assertTrue(kept.stream().anyMatch(e -> e.replace('\\', '/').endsWith("target/classes")), kept.toString());
        classPath = String.join(File.pathSeparator, kept);
    }

    private record Run(int exit, String out) {}

    private static Run run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "-Dpaiban.settings=" + dir.resolve("settings"), "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8", "paiban.Main"));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "run", ".txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // generous: the machine may be shared; the bound only keeps a hung child from hanging the build
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("paiban " + String.join(" ", args) + " did not finish");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void noJavaFxMissing(Run r) {
        assertFalse(r.out.contains("javafx"), "the run reached for JavaFX:\n" + r.out);
        assertFalse(r.out.contains("NoClassDefFoundError"), r.out);
    }

    @Test
    void benchQuickRunsEveryBenchmark() throws Exception {
        Run r = run("bench", "--quick");
        noJavaFxMissing(r);
        assertEquals(0, r.exit, r.out);
        // the two that time the editor's edits, once only runnable with the UI on the class path
        assertTrue(r.out.contains("drag: 10 steps"), r.out);
        assertTrue(r.out.contains("canvas-keystroke:") && r.out.contains("keystrokes typed on the canvas"), r.out);
        // the editor's window benchmarks (ServiceLoader providers) need JavaFX: left out, in one line
        assertTrue(r.out.contains("benchmark(s) of the editor skipped"), r.out);
        assertFalse(r.out.contains("canvas-drag:") || r.out.contains("canvas-typing:"), r.out);
    }

    @Test
    void exportAndPreflightTheSample() throws Exception {
        Path out = dir.resolve("pdf");
        Run export = run("export", "assets/sample/edition.json", "--lang", "en", "-o", out.toString());
        noJavaFxMissing(export);
        assertEquals(0, export.exit, export.out);
        try (var files = Files.list(out)) {
            List<Path> pdfs = files.filter(f -> f.toString().endsWith(".pdf")).toList();
            assertFalse(pdfs.isEmpty(), export.out);
            for (Path pdf : pdfs) {
                byte[] head = Files.readAllBytes(pdf);
                assertEquals("%PDF", new String(head, 0, 4, StandardCharsets.US_ASCII));
            }
        }
        Run preflight = run("preflight", "assets/sample/edition.json", "--lang", "en");
        noJavaFxMissing(preflight);
        assertTrue(preflight.exit == 0 || preflight.exit == 1, preflight.out);
        assertTrue(preflight.out.contains("WARNING"), "the sample's RGB photo is reported:\n" + preflight.out);
    }

    @Test
    void proofAStory() throws Exception {
        Path story = dir.resolve("story.txt");
        Files.writeString(story, "滨江岸线今日贯通\n\n本报讯　四十二公里岸线全线贯通，市民可以沿江步行。\n", StandardCharsets.UTF_8);
        Path pdf = dir.resolve("proof.pdf");
        Run r = run("proof", story.toString(), "-o", pdf.toString());
        noJavaFxMissing(r);
        assertEquals(0, r.exit, r.out);
        assertTrue(Files.size(pdf) > 1000, r.out);
    }
}
