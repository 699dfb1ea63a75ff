package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import paiban.compose.flow.EditionComposer;
import paiban.layout.EditionLayout;
import paiban.model.Edition;

class EditionDocumentTest {
    static final EditionComposer COMPOSER = TestEditions.COMPOSER;

    @Test
    void composesTheInitialEdition() {
        EditionDocument doc = new EditionDocument(COMPOSER, TestEditions.twoPages(), Path.of("x.json"));
        assertEquals(2, doc.layout().pages().size());
        assertEquals("p1", doc.layout().pages().get(0).pageId());
        assertEquals(Path.of("x.json"), doc.file());
    }

    @Test
    void anEditSwapsTheEditionAndRecomposes() {
        EditionDocument doc = new EditionDocument(COMPOSER, TestEditions.twoPages(), null);
        List<EditionLayout> seen = new ArrayList<>();
        doc.layoutProperty().addListener((o, a, b) -> seen.add(b));
        Edition moved = doc.edition().movePage(1, 0);
        doc.setEdition(moved);
        assertSame(moved, doc.edition());
        assertEquals(1, seen.size());
        assertEquals("p2", seen.get(0).pages().get(0).pageId());
    }

    @Test
    void listenersOfTheLayoutSeeTheNewEditionToo() {
        EditionDocument doc = new EditionDocument(COMPOSER, TestEditions.twoPages(), null);
        List<Edition> editions = new ArrayList<>();
        doc.layoutProperty().addListener((o, a, b) -> editions.add(doc.edition()));
        Edition next = doc.edition().withPages(doc.edition().pages().subList(0, 1));
        doc.setEdition(next);
        assertSame(next, editions.get(0));
    }

    @Test
    void theEmptyEditionHasNoPages() {
        EditionDocument doc = new EditionDocument(COMPOSER, EditionDocument.emptyEdition(), null);
        assertEquals(0, doc.layout().pages().size());
    }

    @Test
    void imagesResolveAgainstTheEditionFilesFolder() throws Exception {
        Path sample = EditionLoader.sample();
        EditionDocument doc = new EditionDocument(COMPOSER, EditionLoader.read(sample), sample);
        List<paiban.layout.ImageMark> images = doc.layout().pages().get(0).marks().stream()
                .filter(m -> m instanceof paiban.layout.ImageMark).map(m -> (paiban.layout.ImageMark) m).toList();
        org.junit.jupiter.api.Assertions.assertFalse(images.isEmpty(), "the front page has its photo");
        for (var img : images) {
            org.junit.jupiter.api.Assertions.assertNotNull(img.file(), img.frameId());
            org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.isReadable(img.file()), img.file().toString());
        }
    }

    @Test
    void anEditMakesTheDocumentDirtyAndUndoingItMakesItCleanAgain() {
        EditionDocument doc = TestEditions.document();
        var undo = new paiban.ui.edit.UndoStack(doc);
        org.junit.jupiter.api.Assertions.assertFalse(doc.isDirty());
        undo.apply(new paiban.edit.MovePage(1, 0));
        org.junit.jupiter.api.Assertions.assertTrue(doc.isDirty());
        undo.undo();
        org.junit.jupiter.api.Assertions.assertFalse(doc.isDirty());
    }

    @Test
    void savingMakesItClean() {
        EditionDocument doc = TestEditions.document();
        doc.setEdition(doc.edition().movePage(1, 0));
        doc.saved(doc.edition(), Path.of("saved.json"));
        org.junit.jupiter.api.Assertions.assertFalse(doc.isDirty());
        assertEquals(Path.of("saved.json"), doc.file());
    }

    @Test
    void openingCountsSoViewsCanReset() {
        EditionDocument doc = TestEditions.document();
        int before = doc.openedProperty().get();
        doc.open(TestEditions.twoPages(), Path.of("b.json"));
        assertEquals(before + 1, doc.openedProperty().get());
    }
}
