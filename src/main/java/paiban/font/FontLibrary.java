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
 * Logical families map to files through one table
 * ({@code paiban/font/families.properties}); a family without its own file falls back
 * to a stand-in face with a warning, so text is never lost for want of a font. A
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
    /** 标宋. */
    public static final String SERIF_SEMIBOLD = "NotoSerifSC-SemiBold";
    /** 大标宋, and the bold of 标宋 and 小标宋. */
    public static final String SERIF_BLACK = "NotoSerifSC-Black";
    /** 大黑. */
    public static final String SANS_BLACK = "NotoSansSC-Black";

    private static volatile FontLibrary shared;

    private final Path directory;
    private final Map<String, FontFace> faces = new ConcurrentHashMap<>();
    private final Map<String, List<FontFace>> chains = new ConcurrentHashMap<>();
    private final Map<String, String> resolved = new ConcurrentHashMap<>();
    /**
     * The face of each family and weight once asked for (index: family ordinal × 2, + 1 for bold):
     * the composer asks once per paragraph, and this spares it a string key and two map lookups.
     * Faces are immutable, so a racing second lookup only stores the same face again.
     */
    private final FontFace[] byFamily = new FontFace[FontFamily.values().length * 2];

    /** While true, faces read their metrics only; FontBox's parse for embedding waits (the editor's start). */
    private volatile boolean holdParses;

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
                return new TrueTypeFace(n, file, !holdParses);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + file + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Faces read from now on parse for embedding (PDF export, outlines of glyphs without a character) only when
     * asked or on {@link #releaseEmbeddingParses()}: the editor's start keeps both cores for the window.
     * Metrics are read the same either way.
     */
    public void holdEmbeddingParses() {
        holdParses = true;
    }

    /** Starts the parses held back by {@link #holdEmbeddingParses()}, each on a thread of its own, and holds no more. */
    public void releaseEmbeddingParses() {
        holdParses = false;
        for (FontFace f : faces.values()) {
            if (f instanceof TrueTypeFace t) t.startParse();
        }
    }

    /** The face for a logical family and weight. */
    public FontFace face(FontFamily family, boolean bold) {
        int i = family.ordinal() * 2 + (bold ? 1 : 0);
        FontFace f = byFamily[i];
        if (f == null) {
            f = face(faceName(family, bold));
            byFamily[i] = f;
        }
        return f;
    }

    /**
     * File name of the face that sets a family and weight: the first face of its line in
     * {@code paiban/font/families.properties} whose file is in this library's folder; the
     * last of the line when none is (then reading it reports the missing file).
     */
    public String faceName(FontFamily family, boolean bold) {
        String key = family.name() + (bold ? "|b" : "|r");
        return resolved.computeIfAbsent(key, k -> {
            List<String> faces = FamilyTable.shared().faces(family, bold);
            for (String f : faces) {
                if (Files.isReadable(directory.resolve(f + ".ttf"))) return f;
            }
            return faces.get(faces.size() - 1);
        });
    }

    /** The family's own face for a weight (the first of its line in the table), whether its file is here or not. */
    public String ownFaceName(FontFamily family, boolean bold) {
        return FamilyTable.shared().faces(family, bold).get(0);
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
     * Why a family is set in another face than its own, or empty when its own face is
     * here. A fact of the library, so each edition reports only the families it uses.
     */
    public Optional<String> substitution(FontFamily family) {
        return substitution(family, false);
    }

    /** {@link #substitution(FontFamily)} for one weight. */
    public Optional<String> substitution(FontFamily family, boolean bold) {
        String own = ownFaceName(family, bold), used = faceName(family, bold);
        if (own.equals(used)) return Optional.empty();
        return Optional.of(family.chinese() + " has no font file (" + own + "); set in " + used);
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
