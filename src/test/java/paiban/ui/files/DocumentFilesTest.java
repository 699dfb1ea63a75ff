package paiban.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.edit.MoveFrame;
import paiban.io.AtomicFile;
import paiban.io.Autosave;
import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.ImageFrame;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.Messages;
import paiban.ui.TestEditions;
import paiban.ui.edit.UndoStack;

/** New, open, save, save as, the unsaved-changes question, autosave and recovery, without a window. */
@InLanguage("zh")
class DocumentFilesTest {
    @TempDir Path dir;
    Path settings;
    ScriptedDialogs dialogs;
    EditionDocument document;
    UndoStack undo;
    DocumentFiles files;

    @BeforeEach
    void setUp() {
        settings = dir.resolve("settings");
        dialogs = new ScriptedDialogs();
        document = new EditionDocument(TestEditions.COMPOSER, EditionDocument.emptyEdition(), null);
        undo = new UndoStack(document);
        files = new DocumentFiles(document, dialogs, new RecentFiles(UserFolders.recentList(settings)), settings);
    }

    private static NewEditionSpec sikai(int pages) {
        return new NewEditionSpec("明城晚报", LocalDate.of(2026, 5, 1), PageTemplate.sikai(), pages);
    }

    /** Moves the header of page 1 one 字 right: a real edit through the undo stack. */
    private void edit() {
        var page = document.edition().pages().get(0);
        var frame = page.frames().get(0);
        undo.apply(new MoveFrame(page.id(), frame.id(), frame.bounds().moved(9000, 0)));
    }

    private Path saveNewAs(String name) {
        dialogs.news.add(Optional.of(sikai(4)));
        assertTrue(files.newEdition());
        dialogs.saves.add(Optional.of(dir.resolve(name)));
        assertTrue(files.save());
        return dir.resolve(name.endsWith(".json") ? name : name + ".json");
    }

    @Test
    void newFromTemplateThenSaveThenOpenGivesTheSameEdition() throws Exception {
        dialogs.news.add(Optional.of(sikai(4)));
        assertTrue(files.newEdition());
        Edition created = document.edition();
        assertEquals(4, created.pages().size());
        assertEquals("四开", created.templates().get(0).name());
        assertEquals(List.of("要闻", "要闻", "经济", "城市"), created.pages().stream().map(p -> p.section()).toList());
        assertNull(document.file());
        assertFalse(files.isDirty(), "a fresh edition has nothing to lose");

        // Ctrl+S on an untitled edition asks where, and adds .json
        dialogs.saves.add(Optional.of(dir.resolve("晚报")));
        assertTrue(files.save());
        Path file = dir.resolve("晚报.json");
        assertEquals(file, document.file());
        assertEquals("20260501.json", dialogs.suggestedName);
        assertEquals(created, EditionFile.read(file));
        assertEquals(List.of(file.toAbsolutePath()), files.recent().files());

        edit();
        assertTrue(files.isDirty());
        assertTrue(files.save());
        assertFalse(files.isDirty());
        assertTrue(Files.exists(AtomicFile.backupOf(file)), "the previous save is kept as a backup");
        Edition saved = document.edition();

        // open it again into a fresh document
        EditionDocument other = new EditionDocument(TestEditions.COMPOSER, EditionDocument.emptyEdition(), null);
        DocumentFiles otherFiles = new DocumentFiles(other, dialogs, new RecentFiles(null), settings);
        dialogs.opens.add(Optional.of(file));
        assertTrue(otherFiles.open());
        assertEquals(saved, other.edition());
        assertEquals(file, other.file());
        assertFalse(otherFiles.isDirty());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void undoingBackToTheSavedEditionIsNotAnUnsavedChange() {
        saveNewAs("a.json");
        edit();
        assertTrue(files.isDirty());
        undo.undo();
        assertFalse(files.isDirty());
        undo.redo();
        assertTrue(files.isDirty());
    }

    @Test
    void cancelAtTheUnsavedQuestionKeepsEverything() throws Exception {
        Path file = saveNewAs("a.json");
        edit();
        Edition edited = document.edition();
        for (int i = 0; i < 4; i++) dialogs.unsaved.add(FileDialogs.Unsaved.CANCEL);
        assertFalse(files.open());
        assertFalse(files.open(file));
        assertFalse(files.newEdition());
        assertFalse(files.close());
        // asked only the one question each time: no chooser, no template dialog after Cancel
        assertEquals(List.of("new", "save", "unsaved a.json", "unsaved a.json", "unsaved a.json", "unsaved a.json"),
                dialogs.asked);
        assertEquals(edited, document.edition());
        assertTrue(files.isDirty());
        assertNotEquals(edited, EditionFile.read(file), "nothing was written");
    }

    @Test
    void discardOpensWithoutSavingAndForgetsTheRecoveryCopy() throws Exception {
        Path a = saveNewAs("a.json");
        Edition onDisk = EditionFile.read(a);
        Path b = dir.resolve("b.json");
        EditionFile.write(TestEditions.twoPages(), b);
        edit();
        files.autosaveNow();
        assertTrue(Files.exists(Autosave.autosaveOf(a)));

        dialogs.unsaved.add(FileDialogs.Unsaved.DISCARD);
        assertTrue(files.open(b));
        assertEquals(TestEditions.twoPages(), document.edition());
        assertEquals(onDisk, EditionFile.read(a), "a.json is as it was saved");
        assertFalse(Files.exists(Autosave.autosaveOf(a)), "thrown-away changes are not offered back");
        assertEquals(0, undo.depth(), "another file starts another history");
    }

    @Test
    void saveAtTheUnsavedQuestionSavesThenGoesOn() throws Exception {
        Path a = saveNewAs("a.json");
        edit();
        Edition edited = document.edition();
        dialogs.unsaved.add(FileDialogs.Unsaved.SAVE);
        dialogs.news.add(Optional.of(sikai(2)));
        assertTrue(files.newEdition());
        assertEquals(edited, EditionFile.read(a));
        assertEquals(2, document.edition().pages().size());
        assertNull(document.file());
    }

    @Test
    void aSaveThatFailsSaysWhyAndKeepsTheChanges() {
        dialogs.news.add(Optional.of(sikai(2)));
        files.newEdition();
        edit();
        dialogs.saves.add(Optional.of(dir.resolve("no-such-folder").resolve("x.json")));
        dialogs.unsaved.add(FileDialogs.Unsaved.SAVE);
        assertFalse(files.close(), "a failed save must not let the window close");
        assertTrue(files.isDirty());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("x.json"), dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).contains("folder does not exist"), dialogs.errors.get(0));
    }

    @Test
    void aDamagedFileIsRefusedWithItsPlaceAndTheDocumentStays() throws Exception {
        Path a = saveNewAs("a.json");
        Edition before = document.edition();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": \"paiban\",\n  \"version\": 1,\n  \"pages\": [ }\n", StandardCharsets.UTF_8);
        assertFalse(files.open(bad));
        assertEquals(1, dialogs.errors.size());
        String error = dialogs.errors.get(0);
        assertTrue(error.startsWith(Messages.get("error.open.header")), error);
        assertTrue(error.contains("bad.json:4"), "names file and line: " + error);
        assertEquals(before, document.edition());
        assertEquals(a, document.file());
    }

    @Test
    void aRecentFileThatIsGoneIsDroppedFromTheList() throws Exception {
        Path a = saveNewAs("a.json");
        Path b = saveAsFresh("b.json");
        assertEquals(List.of(b.toAbsolutePath(), a.toAbsolutePath()), files.recent().files());
        Files.delete(a);
        assertFalse(files.open(a));
        assertEquals(List.of(b.toAbsolutePath()), files.recent().files());
        // and the list survives a restart
        assertEquals(List.of(b.toAbsolutePath()), new RecentFiles(UserFolders.recentList(settings)).files());
    }

    private Path saveAsFresh(String name) {
        dialogs.saves.add(Optional.of(dir.resolve(name)));
        assertTrue(files.saveAs());
        return dir.resolve(name);
    }

    @Test
    void autosaveWritesOnlyUnsavedChangesAndRecoveryIsOfferedOnOpen() throws Exception {
        Path a = saveNewAs("a.json");
        assertFalse(files.autosaveNow(), "nothing unsaved, nothing written");
        assertFalse(Files.exists(files.autosaveFile()));
        edit();
        Edition edited = document.edition();
        assertTrue(files.autosaveNow());
        assertFalse(files.autosaveNow(), "the same edition is not written twice");
        assertEquals(Autosave.autosaveOf(a), files.autosaveFile());
        assertEquals(edited, EditionFile.read(files.autosaveFile()));
        // the crash: the file is older than the copy, and the program starts again
        Files.setLastModifiedTime(a, FileTime.from(Instant.now().minusSeconds(3600)));
        EditionDocument restarted = new EditionDocument(TestEditions.COMPOSER, EditionDocument.emptyEdition(), null);
        DocumentFiles again = new DocumentFiles(restarted, dialogs, new RecentFiles(null), settings);
        dialogs.recoveries.add(true);
        assertTrue(again.open(a));
        assertEquals("recover a.json", dialogs.asked.get(dialogs.asked.size() - 1));
        assertEquals(edited, restarted.edition());
        assertTrue(again.isDirty(), "the recovered work is not in the file yet");
        assertTrue(again.save());
        assertFalse(Files.exists(Autosave.autosaveOf(a)), "a save makes the copy unnecessary");
        assertEquals(edited, EditionFile.read(a));
    }

    @Test
    void declinedRecoveryOpensTheFileAndKeepsTheCopy() throws Exception {
        Path a = saveNewAs("a.json");
        Edition onDisk = document.edition();
        edit();
        files.autosaveNow();
        Files.setLastModifiedTime(a, FileTime.from(Instant.now().minusSeconds(3600)));
        dialogs.unsaved.add(FileDialogs.Unsaved.CANCEL);
        dialogs.recoveries.add(false);
        DocumentFiles again = new DocumentFiles(new EditionDocument(TestEditions.COMPOSER, EditionDocument.emptyEdition(), null),
                dialogs, new RecentFiles(null), settings);
        assertTrue(again.open(a));
        assertEquals(onDisk, again.document().edition());
        assertFalse(again.isDirty());
        assertTrue(Files.exists(Autosave.autosaveOf(a)), "declining by mistake must not lose the copy");
    }

    @Test
    void anUntitledEditionIsAutosavedInTheSettingsFolderAndOfferedAtStart() throws Exception {
        dialogs.news.add(Optional.of(sikai(2)));
        files.newEdition();
        edit();
        assertTrue(files.autosaveNow());
        Path copy = Autosave.autosaveOf(UserFolders.untitled(settings));
        assertTrue(Files.exists(copy));
        Edition edited = document.edition();

        EditionDocument restarted = new EditionDocument(TestEditions.COMPOSER, EditionDocument.emptyEdition(), null);
        DocumentFiles again = new DocumentFiles(restarted, dialogs, new RecentFiles(null), settings);
        dialogs.recoveries.add(true);
        assertTrue(again.offerRecovery());
        assertEquals(edited, restarted.edition());
        assertTrue(again.isDirty());
    }

    @Test
    void theTimerWritesTheCopyWhileThereAreUnsavedChanges() throws Exception {
        Path a = saveNewAs("a.json");
        files.startAutosave(java.time.Duration.ofMillis(20), Runnable::run);
        try {
            edit();
            Edition edited = document.edition();
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> Files.exists(Autosave.autosaveOf(a)));
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> edited.equals(readQuietly(Autosave.autosaveOf(a))));
        } finally {
            files.dispose();
        }
    }

    private static Edition readQuietly(Path p) {
        try {
            return EditionFile.read(p);
        } catch (Exception e) {
            return null;
        }
    }

    @Test
    void closingAfterUndoingEverythingLeavesNoCopyToOffer() throws Exception {
        Path a = saveNewAs("a.json");
        edit();
        files.autosaveNow();
        undo.undo();
        assertFalse(files.isDirty());
        assertTrue(files.close(), "nothing unsaved: no question");
        assertFalse(Files.exists(Autosave.autosaveOf(a)));
        assertEquals(List.of("new", "save"), dialogs.asked);
    }

    @Test
    void anUntitledCopyIsOfferedEvenWhenAFileOpensAtStart() throws Exception {
        dialogs.news.add(Optional.of(sikai(2)));
        files.newEdition();
        edit();
        files.autosaveNow();
        Edition edited = document.edition();
        Path other = dir.resolve("other.json");
        EditionFile.write(TestEditions.twoPages(), other);

        EditionDocument restarted = new EditionDocument(TestEditions.COMPOSER, EditionFile.read(other), other);
        DocumentFiles again = new DocumentFiles(restarted, dialogs, new RecentFiles(null), settings);
        dialogs.recoveries.add(true);
        assertTrue(again.offerRecovery());
        assertEquals("recover untitled", dialogs.asked.get(dialogs.asked.size() - 1));
        assertEquals(edited, restarted.edition());
        assertNull(restarted.file());
        assertTrue(again.isDirty());
    }

    @Test
    void noCopyNoQuestion() {
        assertFalse(files.offerRecovery());
        assertTrue(dialogs.asked.isEmpty());
    }

    @Test
    void saveAsIntoTheSameFolderKeepsTheHistory() throws Exception {
        saveNewAs("a.json");
        edit();
        assertEquals(1, undo.depth());
        Path b = saveAsFresh("b.json");
        assertEquals(b, document.file());
        assertEquals(1, undo.depth());
        assertFalse(files.isDirty());
        assertEquals(document.edition(), EditionFile.read(b));
    }

    @Test
    void saveAsIntoAnotherFolderKeepsImagesFound() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Files.write(photos.resolve("p.jpg"), new byte[] {1});
        Path a = saveNewAs("a.json");
        var page = document.edition().pages().get(0);
        undo.apply(new paiban.edit.AddFrame(page.id(), new ImageFrame("img", new Rect(60000, 200000, 100000, 80000),
                "photos/p.jpg", "")));
        Path other = Files.createDirectories(dir.resolve("desk").resolve("tomorrow"));
        dialogs.saves.add(Optional.of(other.resolve("a.json")));
        assertTrue(files.saveAs());
        ImageFrame img = (ImageFrame) EditionFile.read(other.resolve("a.json")).pages().get(0).frame("img").orElseThrow();
        assertEquals(photos.resolve("p.jpg").toRealPath(),
                EditionFile.resolve(other.resolve("a.json"), img.path()).toRealPath());
        assertEquals(document.edition(), EditionFile.read(other.resolve("a.json")));
        assertFalse(files.isDirty());
        assertTrue(Files.exists(a), "the old file stays where it was");
    }

    @Test
    void cancelledChoosersChangeNothing() {
        Edition before = document.edition();
        dialogs.opens.add(Optional.empty());
        assertFalse(files.open());
        dialogs.news.add(Optional.empty());
        assertFalse(files.newEdition());
        dialogs.saves.add(Optional.empty());
        assertFalse(files.save());
        assertEquals(before, document.edition());
        assertTrue(dialogs.errors.isEmpty());
    }
}
