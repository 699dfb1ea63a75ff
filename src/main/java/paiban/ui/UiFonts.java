package paiban.ui;

import java.nio.file.Path;

import javafx.scene.text.Font;
import paiban.font.FontLibrary;
import paiban.render.fx.FxFonts;

/**
 * The interface's own type: the shipped 黑体 (Noto Sans SC), registered with
 * JavaFX so menus and labels show Chinese with no CJK font installed.
 */
public final class UiFonts {
    private UiFonts() {}

    public static Path sansFile() {
        return FontLibrary.shared().directory().resolve(FontLibrary.SANS + ".ttf");
    }

    public static Font sans(double pixels) {
        return FxFonts.of(sansFile(), pixels);
    }

    /** CSS for a scene root: the shipped sans as the default family. */
    public static String rootStyle() {
        FxFonts.registeredName(FontLibrary.shared().directory().resolve(FontLibrary.SANS_BOLD + ".ttf"));
        return "-fx-font-family: \"" + FxFonts.family(sansFile()) + "\"; -fx-font-size: 13px;";
    }
}
