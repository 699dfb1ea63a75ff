package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.edit.MoveFrame;
import paiban.io.EditionFile;
import paiban.layout.ImageMark;
import paiban.model.Edition;
import paiban.model.Rect;

/** Saving the sample elsewhere: the file reads back as the same edition and its photo is still found. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class SaveFxTest {
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage s) throws java.io.IOException {
        // a save adds to the recent list: keep it out of the user's home
        System.setProperty("paiban.settings", java.nio.file.Files.createTempDirectory("paiban-settings").toString());
        stage = s;
        window = PaibanApp.openWindow(s, EditionLoader.sample());
    }

    @org.junit.jupiter.api.AfterEach
    void forgetSettings() {
        System.clearProperty("paiban.settings");
    }

    @Test
    void editSaveElsewhereAndReadBack(@TempDir Path dir) throws Exception {
        var page = window.document().edition().pages().get(0);
        var frame = page.frames().get(page.frames().size() - 1);
        Rect moved = frame.bounds().moved(0, -1000);
        WaitForAsyncUtils.asyncFx(() -> window.undoStack().apply(new MoveFrame(page.id(), frame.id(), moved))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().startsWith("*"), stage.getTitle());

        Path out = dir.resolve("copy.json");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.saveTo(out)).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.getTitle().startsWith("*"), stage.getTitle());
        assertTrue(stage.getTitle().contains("copy.json"), stage.getTitle());

        Edition back = EditionFile.read(out);
        assertEquals(window.document().edition(), back);
        assertEquals(moved, back.page(page.id()).orElseThrow().frame(frame.id()).orElseThrow().bounds());
        // the photo, stored relative to the new file, is still the sample's picture
        var images = window.document().layout().pages().get(0).marks().stream()
                .filter(m -> m instanceof ImageMark).map(m -> (ImageMark) m).toList();
        assertFalse(images.isEmpty());
        for (ImageMark img : images) assertTrue(Files.isReadable(img.file()), String.valueOf(img.file()));
        assertEquals(1, window.undoStack().depth(), "saving keeps the history");
    }
}
