package paiban.ui.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import paiban.bench.Benchmark;
import paiban.font.FontLibrary;

/**
 * Start to usable, as the designer waits for it: the editor is started in a JVM of its own on the sample
 * edition, headless (Monocle, software rendering, as the tests run), and says when its window is up with
 * page 1 painted and the FX thread free for input ({@code -Dpaiban.exitWhenUsable=true}, which then ends
 * it). A few cold starts, median and max; with a class data sharing archive too when the class path
 * allows one (jars only). It loads no JavaFX class itself: only the child JVM does.
 */
public final class StartBenchmark implements Benchmark {
    private static final Pattern USABLE = Pattern.compile("paiban: usable after (\\d+) ms(?:; cpu (-?\\d+) ms)?");
    private static final long TIMEOUT_SECONDS = 180;

    /** One start: milliseconds from JVM start to usable, and the CPU time the process had spent by then. */
    record Start(long usableMs, long cpuMs) {}

    @Override public String name() { return "start"; }

    @Override public String summary() {
        return "editor: JVM start to the window usable on the sample, page 1 painted (child JVM, headless)";
    }

    @Override public void run(PrintStream out, boolean quick) throws Exception {
        String classPath = System.getProperty("java.class.path", "");
        Optional<String> why = missing(classPath);
        if (why.isPresent()) {
            out.println("start: skipped, " + why.get());
            return;
        }
        String withMonocle = monocle(classPath).map(m -> classPath + File.pathSeparator + m).orElse(classPath);
        int rounds = quick ? 1 : 5;
        Path settings = Files.createTempDirectory("paiban-start-bench");
        try {
            if (!quick) start(withMonocle, settings, List.of()); // the files in the page cache, as on a second start
            List<Start> plain = starts(withMonocle, settings, List.of(), rounds);
            out.println(line("start", plain));
            if (quick) return;
            if (!allJars(withMonocle)) {
                out.println("start, class data sharing: skipped, the class path has folders (build the jar: ./mvnw package)");
                return;
            }
            Path archive = settings.resolve("paiban.jsa");
            start(withMonocle, settings, List.of("-XX:ArchiveClassesAtExit=" + archive));
            if (!Files.isRegularFile(archive)) {
                out.println("start, class data sharing: skipped, this JVM made no archive");
                return;
            }
            List<Start> shared = starts(withMonocle, settings, List.of("-XX:SharedArchiveFile=" + archive), rounds);
            out.println(line("start, class data sharing archive", shared));
        } finally {
            deleteTree(settings);
        }
    }

    /** Why the editor cannot be started from this class path, if it cannot. */
    static Optional<String> missing(String classPath) {
        ClassLoader loader = StartBenchmark.class.getClassLoader();
        try {
            Class.forName("javafx.application.Application", false, loader);
        } catch (ClassNotFoundException e) {
            return Optional.of("no JavaFX on the class path");
        }
        if (monocle(classPath).isEmpty() && !hasClass("com.sun.glass.ui.monocle.MonocleApplication")) {
            return Optional.of("no Monocle for a headless window (not on the class path nor in ~/.m2;"
                    + " -Dpaiban.monocle=JAR names one)");
        }
        return Optional.empty();
    }

    private static boolean hasClass(String name) {
        try {
            Class.forName(name, false, StartBenchmark.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The Monocle jar to add to the child's class path: -Dpaiban.monocle, else the one Maven keeps; none when it is already there. */
    static Optional<String> monocle(String classPath) {
        if (hasClass("com.sun.glass.ui.monocle.MonocleApplication") && !classPath.isEmpty()) return Optional.empty();
        String named = System.getProperty("paiban.monocle");
        if (named != null && Files.isRegularFile(Path.of(named))) return Optional.of(named);
        Path repo = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "testfx", "openjfx-monocle");
        if (!Files.isDirectory(repo)) return Optional.empty();
        try (Stream<Path> files = Files.walk(repo, 2)) {
            return files.filter(p -> p.getFileName().toString().matches("openjfx-monocle-[\\d.]+\\.jar"))
                    .max(Comparator.comparing(Path::toString)).map(Path::toString);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean allJars(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator)).allMatch(e -> e.endsWith(".jar") && Files.isRegularFile(Path.of(e)));
    }

    private static List<Start> starts(String classPath, Path settings, List<String> extra, int rounds) throws Exception {
        List<Start> out = new ArrayList<>();
        for (int i = 0; i < rounds; i++) out.add(start(classPath, settings, extra));
        return out;
    }

    /** Starts the editor once in a child JVM and reads when it was usable. */
    static Start start(String classPath, Path settings, List<String> extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpaiban.exitWhenUsable=true", "-Dpaiban.settings=" + settings,
                "-Dpaiban.assets=" + FontLibrary.Assets.directory(),
                // headless JavaFX as pom.xml's fx.headless.args, with a screen the window fits on
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1600x1000-32",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dprism.fontdir=" + FontLibrary.Assets.directory().resolve("fonts"),
                "-Djava.awt.headless=true"));
        cmd.addAll(extra);
        cmd.addAll(List.of("-cp", classPath, "paiban.Main"));
        Path log = Files.createTempFile(settings, "start", ".txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("the editor was not usable after " + TIMEOUT_SECONDS + " s");
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return parse(text).orElseThrow(() -> new IOException(
                "the editor did not say when it was usable (exit " + p.exitValue() + "):\n" + tail(text)));
    }

    /** The start read from the editor's output. */
    static Optional<Start> parse(String output) {
        Matcher m = USABLE.matcher(output);
        if (!m.find()) return Optional.empty();
        return Optional.of(new Start(Long.parseLong(m.group(1)), m.group(2) == null ? -1 : Long.parseLong(m.group(2))));
    }

    /** {@code start: 5 cold starts, usable after median 1234 ms, max 1500 ms (process CPU median 2000 ms)}. */
    static String line(String label, List<Start> starts) {
        long[] ms = starts.stream().mapToLong(Start::usableMs).sorted().toArray();
        long[] cpu = starts.stream().mapToLong(Start::cpuMs).sorted().toArray();
        return String.format("%s: %d cold start%s, usable after median %d ms, max %d ms (process CPU median %d ms)",
                label, ms.length, ms.length == 1 ? "" : "s", ms[ms.length / 2], ms[ms.length - 1], cpu[cpu.length / 2]);
    }

    private static String tail(String text) {
        String[] lines = text.split("\n");
        return String.join("\n", Arrays.copyOfRange(lines, Math.max(0, lines.length - 15), lines.length));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
