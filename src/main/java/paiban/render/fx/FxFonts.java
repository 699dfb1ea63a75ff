package paiban.render.fx;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javafx.scene.text.Font;
import paiban.cache.BoundedCache;
import paiban.font.FontFace;

/**
 * JavaFX fonts made from the same TTF files the composer measured, so the
 * screen shows Chinese even where no CJK font is installed. Each file is
 * registered with JavaFX once; sizes are then made by name, which is cheap.
 */
public final class FxFonts {
    /** One per font file: JavaFX keeps a loaded font for good, so forgetting the name would only load it twice. */
    private static final Map<Path, String> NAMES = new ConcurrentHashMap<>();
    /** Fonts by face and size: zooming makes a new size at every step. */
    private static final BoundedCache<Key, Font> FONTS = new BoundedCache<>(512);

    private record Key(Path file, long hundredthsOfPixel) {}

    private FxFonts() {}

    /** The font of {@code face} at {@code pixels} (rounded to 1/100 px). */
    public static Font of(FontFace face, double pixels) {
        return of(face.file(), pixels);
    }

    public static Font of(Path file, double pixels) {
        long key = Math.max(1, Math.round(pixels * 100));
        return FONTS.computeIfAbsent(new Key(file, key), k -> new Font(registeredName(file), k.hundredthsOfPixel() / 100.0));
    }

    /** Registers the file with JavaFX (once) and returns its full font name. */
    public static String registeredName(Path file) {
        return NAMES.computeIfAbsent(file, f -> {
            Font loaded = Font.loadFont(f.toUri().toString(), 12);
            if (loaded == null) throw new IllegalStateException("JavaFX cannot load the font " + f);
            return loaded.getName();
        });
    }

    /** The family name of a registered font file, for CSS (-fx-font-family). */
    public static String family(Path file) {
        registeredName(file);
        return new Font(NAMES.get(file), 12).getFamily();
    }
}
