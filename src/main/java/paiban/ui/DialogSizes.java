package paiban.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import javafx.stage.Stage;

/**
 * The sizes the designer gave the export, preflight and publish windows,
 * kept in {@code dialog-sizes.properties} in the settings folder: each opens
 * at its readable default the first time and at the size it was left at
 * after. A size smaller than {@link #MIN_WIDTH}×{@link #MIN_HEIGHT} or a file
 * that cannot be read gives the default; a file that cannot be written is
 * logged (the size is only a comfort).
 */
public final class DialogSizes {
    private static final System.Logger LOG = paiban.log.Log.of(DialogSizes.class);
    static final double MIN_WIDTH = 360, MIN_HEIGHT = 240;
    private final Path file;

    public DialogSizes(Path file) { this.file = file; }

    /** In the settings folder. */
    public static DialogSizes shared() {
        return new DialogSizes(paiban.settings.SettingsFolder.path().resolve("dialog-sizes.properties"));
    }

    /** {width, height} of the window {@code key}: as left last time, else the default. */
    public double[] size(String key, double width, double height) {
        Properties p = read();
        try {
            double w = Double.parseDouble(p.getProperty(key + ".width", "x"));
            double h = Double.parseDouble(p.getProperty(key + ".height", "x"));
            if (w >= MIN_WIDTH && h >= MIN_HEIGHT && w <= 10_000 && h <= 10_000) return new double[] {w, h};
        } catch (NumberFormatException e) {
            // never stored, or not a number: the default
            LOG.log(System.Logger.Level.DEBUG, "no stored size for " + key + ": " + e.getMessage());
        }
        return new double[] {width, height};
    }

    /** Stores the size of window {@code key}. */
    public void store(String key, double width, double height) {
        if (!(width >= MIN_WIDTH && height >= MIN_HEIGHT)) return;
        Properties p = read();
        p.setProperty(key + ".width", String.format(Locale.ROOT, "%.0f", width));
        p.setProperty(key + ".height", String.format(Locale.ROOT, "%.0f", height));
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "Paiban: sizes of the export, preflight and publish windows");
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "dialog size not kept: " + file, e);
        }
    }

    /** Stores the scene's size of {@code stage} as window {@code key} each time it is hidden. */
    public void remember(Stage stage, String key) {
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
            if (stage.getScene() != null) store(key, stage.getScene().getWidth(), stage.getScene().getHeight());
        });
    }

    private Properties read() {
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) return p;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.DEBUG, "dialog sizes unreadable: " + file, e);
        }
        return p;
    }
}
