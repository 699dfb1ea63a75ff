package paiban.font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import paiban.model.style.FontFamily;

/**
 * The shipped fonts, each parsed once and shared by composer and exporter.
 * Logical families map to files; a family without its own file falls back
 * to another with a warning, so text is never lost for want of a font. A
 * character a face lacks is set in the first face of its fallback chain
 * ({@link #fallbacks}) that has it.
 */
public final class FontLibrary {
    private static final System.Logger LOG = paiban.log.Log.of(FontLibrary.class);
    public static final String SERIF = "NotoSerifSC-Regular";
    public static final String SERIF_BOLD = "NotoSerifSC-Bold";
    public static final String SANS = "NotoSansSC-Regular";
    public static final String SANS_BOLD = "NotoSansSC-Bold";
    public static final String KAI = "LXGWWenKai-Regular";
    public static final String KAI_BOLD = "LXGWWenKai-Bold";

    private static volatile FontLibrary shared;

    private final Path directory;
    private final Map<String, FontFace> faces = new ConcurrentHashMap<>();
    private final Map<String, List<FontFace>> chains = new ConcurrentHashMap<>();

    public FontLibrary(Path directory) {
        this.directory = directory;
    }

    /** The library over the project's assets/fonts, created once per process. */
    public static FontLibrary shared() {
        FontLibrary lib = shared;
        if (lib == null) {
            synchronized (FontLibrary.class) {
                if (shared == null) shared = new FontLibrary(Assets.directory().resolve("fonts"));
                lib = shared;
            }
        }
        return lib;
    }

    public Path directory() { return directory; }

    /** The face named {@code name} (file {@code name}.ttf), parsed on first use. */
    public FontFace face(String name) {
        return faces.computeIfAbsent(name, n -> {
            Path file = directory.resolve(n + ".ttf");
            if (!Files.isReadable(file)) throw new MissingFontException(n, file);
            try {
                return new TrueTypeFace(n, file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + file + ": " + e.getMessage(), e);
            }
        });
    }

    /** The face for a logical family and weight. */
    public FontFace face(FontFamily family, boolean bold) {
        return face(faceName(family, bold));
    }

    /** File name of the face that sets a family; 仿宋 has no shipped file yet and uses 宋体. */
    public String faceName(FontFamily family, boolean bold) {
        switch (family) {
            case HEI:
                return bold ? SANS_BOLD : SANS;
            case KAI:
                return bold ? KAI_BOLD : KAI;
            case FANGSONG:
                return bold ? SERIF_BOLD : SERIF;
            case SONG:
            default:
                return bold ? SERIF_BOLD : SERIF;
        }
    }

    /**
     * The faces that take over, in order, when {@code face} lacks a character: its
     * chain in {@code paiban/font/fallbacks.properties} (data, not code), without
     * the faces whose file is not in this library's folder. A face the table does
     * not name falls back on every face the table names.
     */
    public List<FontFace> fallbacks(FontFace face) {
        return chains.computeIfAbsent(face.name(), n -> {
            List<FontFace> out = new ArrayList<>();
            for (String name : FallbackTable.shared().chain(n)) {
                if (name.equals(n) || !Files.isReadable(directory.resolve(name + ".ttf"))) continue;
                out.add(face(name));
            }
            return List.copyOf(out);
        });
    }

    /**
     * The face that sets {@code codePoint} in place of {@code face}: {@code face} itself
     * when it has the character, else the first face of its chain that has it; null when
     * no face has it (the character cannot be printed).
     */
    public FontFace faceFor(FontFace face, int codePoint) {
        if (face.glyphId(codePoint) != 0) return face;
        for (FontFace f : fallbacks(face)) {
            if (f.glyphId(codePoint) != 0) return f;
        }
        return null;
    }

    /**
     * Why a family is set in another family's face, or empty when it has its own.
     * A fact of the library, so each edition reports only the families it uses.
     */
    public Optional<String> substitution(FontFamily family) {
        if (family == FontFamily.FANGSONG)
            return Optional.of(family.chinese() + " has no font file; set in 宋体 (" + SERIF + ")");
        return Optional.empty();
    }

    /** Where the project's assets are: -Dpaiban.assets, $PAIBAN_ASSETS, ./assets, or beside the jar. */
    public static final class Assets {
        private Assets() {}

        public static Path directory() {
            String prop = System.getProperty("paiban.assets");
            if (prop != null && !prop.isBlank()) return Path.of(prop);
            String env = System.getenv("PAIBAN_ASSETS");
            if (env != null && !env.isBlank()) return Path.of(env);
            Path cwd = Path.of("assets");
            if (Files.isDirectory(cwd.resolve("fonts"))) return cwd.toAbsolutePath();
            try {
                Path code = Path.of(FontLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                for (Path p = code; p != null; p = p.getParent()) {
                    if (Files.isDirectory(p.resolve("assets").resolve("fonts"))) return p.resolve("assets");
                }
            } catch (URISyntaxException | SecurityException | NullPointerException e) {
                LOG.log(System.Logger.Level.DEBUG, "the jar's folder is unknown; looking in the working directory", e);
                // fall through to the working directory
            }
            return cwd.toAbsolutePath();
        }
    }
}
