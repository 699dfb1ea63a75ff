package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;
import paiban.model.PageNaming;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.edit.UndoStack;

@InLanguage("zh")
class PagesViewModelTest {
    final EditionDocument doc = TestEditions.document();
    final SimpleIntegerProperty current = new SimpleIntegerProperty(0);
    final UndoStack undo = new UndoStack(doc);
    final PagesViewModel vm = new PagesViewModel(doc, current, undo);

    @Test
    void oneItemPerPageWithNameSectionAndLayout() {
        assertEquals(List.of("第一版  要闻", "第二版  城市"), vm.items().stream().map(PagesViewModel::caption).toList());
        assertNotNull(vm.items().get(1).layout());
        assertEquals("p2", vm.items().get(1).layout().pageId());
    }

    @Test
    void selectingAnItemShowsItsPage() {
        vm.select(1);
        assertEquals(1, current.get());
        vm.select(7);
        assertEquals(1, current.get());
    }

    @Test
    void followsTheDocument() {
        doc.setEdition(doc.edition().movePage(1, 0));
        assertEquals(List.of("第一版  城市", "第二版  要闻"), vm.items().stream().map(PagesViewModel::caption).toList());
    }

    @Test
    void labelsAreShownWhenTheEditionUsesThem() {
        var e = doc.edition();
        e = e.withPage(e.pages().get(0).withLabel("A01")).withSettings(e.settings().withPageNaming(PageNaming.LABEL));
        doc.setEdition(e);
        assertEquals("A01  要闻", PagesViewModel.caption(vm.items().get(0)));
    }

    @Test
    void movingAPageRenumbersItKeepsItShownAndUndoes() {
        assertEquals(true, vm.movePage(0, 1));
        assertEquals(List.of("第一版  城市", "第二版  要闻"), vm.items().stream().map(PagesViewModel::caption).toList());
        assertEquals(1, current.get());
        assertEquals("p1", vm.items().get(current.get()).pageId());
        undo.undo();
        assertEquals(List.of("第一版  要闻", "第二版  城市"), vm.items().stream().map(PagesViewModel::caption).toList());
    }

    @Test
    void pageLabelsThatCountFollowMovesNewPagesAndDeletions() {
        var e = doc.edition();
        e = e.withPage(e.pages().get(0).withLabel("A01")).withPage(e.pages().get(1).withLabel("A02"))
                .withSettings(e.settings().withPageNaming(PageNaming.LABEL));
        doc.setEdition(e);
        var start = doc.edition();
        vm.movePage(1, 0);
        assertEquals(List.of("A01  城市", "A02  要闻"), vm.items().stream().map(PagesViewModel::caption).toList());
        vm.addPageAfterCurrent();
        // the new page comes after the one shown, in its section, and counts in the run
        assertEquals(List.of("A01  城市", "A02  城市", "A03  要闻"), vm.items().stream().map(PagesViewModel::caption).toList());
        vm.select(0);
        vm.deleteCurrent();
        assertEquals(List.of("A01  城市", "A02  要闻"), vm.items().stream().map(PagesViewModel::caption).toList());
        while (undo.depth() > 0) undo.undo();
        assertEquals(start, doc.edition(), "every step undone gives the labels back");
    }

    @Test
    void movingAPageOntoItselfOrOutOfRangeDoesNothing() {
        assertEquals(false, vm.movePage(1, 1));
        assertEquals(false, vm.movePage(0, 2));
        assertEquals(0, undo.depth());
    }

    @Test
    void aNewPageComesAfterTheCurrentWithItsHeaderAndIsShown() {
        assertEquals(true, vm.addPageAfterCurrent());
        assertEquals(3, vm.items().size());
        assertEquals(1, current.get());
        var added = doc.edition().pages().get(1);
        assertEquals("要闻", added.section());
        assertEquals(1, added.frames().size());
        assertEquals(paiban.model.frame.HeaderFrame.class, added.frames().get(0).getClass());
        assertEquals(List.of("第一版  要闻", "第二版  要闻", "第三版  城市"), vm.items().stream().map(PagesViewModel::caption).toList());
        undo.undo();
        assertEquals(2, doc.edition().pages().size());
    }

    @Test
    void deletingAPageUnthreadsItsFramesAndUndoRestoresAll() {
        var before = doc.edition();
        current.set(1);
        assertEquals(true, vm.deleteCurrent());
        assertEquals(List.of("p1"), doc.edition().pages().stream().map(p -> p.id()).toList());
        assertEquals(0, current.get());
        assertEquals(List.of(new paiban.model.story.FrameRef("p1", "t1")), doc.edition().story("s1").orElseThrow().chain());
        assertEquals(false, vm.deleteCurrent(), "the last page stays");
        undo.undo();
        assertEquals(before, doc.edition());
    }

    @Test
    void aPageWithFramesIsDeletedOnlyWhenTheDeskSaysYes() {
        List<String> asked = new java.util.ArrayList<>();
        vm.setConfirmDelete(q -> { asked.add(q); return false; });
        current.set(1);
        assertEquals(false, vm.deleteCurrent());
        assertEquals(2, doc.edition().pages().size());
        assertEquals(0, undo.depth());
        // page 2 has two text frames besides its running header
        assertEquals(List.of("删除第二版？版上 3 个图框一并删除，稿件保留文字（可撤销）。"), asked);
        vm.setConfirmDelete(q -> true);
        assertEquals(true, vm.deleteCurrent());
        assertEquals(1, doc.edition().pages().size());
    }

    @Test
    void aPageWithOnlyItsRunningHeaderGoesWithoutAQuestion() {
        vm.addPageAfterCurrent();
        vm.setConfirmDelete(q -> { throw new AssertionError("asked: " + q); });
        assertEquals(true, vm.deleteCurrent());
        assertEquals(2, doc.edition().pages().size());
    }
}
