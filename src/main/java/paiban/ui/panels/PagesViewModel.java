package paiban.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javafx.beans.property.IntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import paiban.edit.AddPage;
import paiban.edit.MovePage;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.PageNaming;
import paiban.model.frame.Frame;
import paiban.model.frame.HeaderFrame;
import paiban.ui.EditionDocument;
import paiban.ui.Messages;
import paiban.ui.edit.UndoStack;

/**
 * The pages panel's state: one item per page, rebuilt from the document
 * whenever the layout changes, and the current page shared with the canvas.
 */
public final class PagesViewModel {
    private final EditionDocument document;
    private final IntegerProperty current;
    private final UndoStack undo;
    private final ObservableList<PageItem> items = FXCollections.observableArrayList();
    /** Asked before a page with frames of its own is deleted; the window shows the question, tests answer it. */
    private Predicate<String> confirmDelete = question -> true;

    /** @param current the canvas's page index, shared so a click here switches the canvas */
    public PagesViewModel(EditionDocument document, IntegerProperty current, UndoStack undo) {
        this.document = document;
        this.current = current;
        this.undo = undo;
        document.layoutProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    public ObservableList<PageItem> items() { return items; }

    public IntegerProperty currentProperty() { return current; }

    public void select(int index) {
        if (index >= 0 && index < items.size()) current.set(index);
    }

    /**
     * Moves a page to another position (pages renumber, jump lines follow)
     * as one undoable change; the moved page stays the one shown.
     */
    public boolean movePage(int from, int to) {
        int n = items.size();
        if (from == to || from < 0 || to < 0 || from >= n || to >= n) return false;
        undo.apply(new MovePage(from, to));
        current.set(to);
        return true;
    }

    /**
     * Adds a page after the current one, on the same template and in the
     * same section, with copies of its running headers; shows it.
     */
    public boolean addPageAfterCurrent() {
        Edition e = document.edition();
        int at = current.get();
        if (e.pages().isEmpty()) return false;
        Page like = e.pages().get(Math.max(0, Math.min(at, e.pages().size() - 1)));
        String id = freshPageId(e);
        List<Frame> headers = new ArrayList<>();
        for (Frame f : like.frames()) {
            if (f instanceof HeaderFrame h) {
                headers.add(new HeaderFrame(id + "-" + h.id(), h.bounds(), h.pattern(), h.style(), h.locked(), h.group()));
            }
        }
        undo.apply(new AddPage(at + 1, new Page(id, "", like.section(), like.template(), headers)));
        current.set(at + 1);
        return true;
    }

    public void setConfirmDelete(Predicate<String> confirm) {
        this.confirmDelete = confirm;
    }

    /**
     * Deletes the current page (never the last one left); its stories keep
     * their text. A page with frames besides its running headers is deleted
     * only when {@link #setConfirmDelete the question} is answered yes: a page
     * of work goes at one click otherwise (undo would bring it back, but the
     * desk expects to be asked, as InDesign asks).
     */
    public boolean deleteCurrent() {
        Edition e = document.edition();
        int at = current.get();
        if (e.pages().size() <= 1 || at < 0 || at >= e.pages().size()) return false;
        Page page = e.pages().get(at);
        boolean onlyHeaders = page.frames().stream().allMatch(f -> f instanceof HeaderFrame);
        if (!onlyHeaders && !confirmDelete.test(Messages.get("page.delete.question", PageNames.fullName(e, page), page.frames().size()))) {
            return false;
        }
        undo.apply(new AddPage.DeletePage(e.pages().get(at).id()));
        current.set(Math.min(at, document.edition().pages().size() - 1));
        return true;
    }

    private static String freshPageId(Edition e) {
        for (int n = e.pages().size() + 1; ; n++) {
            String id = "page-" + n;
            if (e.page(id).isEmpty()) return id;
        }
    }

    /** "第一版  要闻", or "A01  要闻" when the edition names pages by label: what the desk calls a page. */
    public static String caption(PageItem item) {
        return item.section().isBlank() ? item.name() : item.name() + "  " + item.section();
    }

    private void rebuild() {
        Edition edition = document.edition();
        EditionLayout layout = document.layout();
        List<PageItem> list = new ArrayList<>();
        List<Page> pages = edition.pages();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            boolean byLabel = edition.settings().pageNaming() == PageNaming.LABEL && !p.label().isBlank();
            list.add(new PageItem(i, p.id(), byLabel ? p.label() : PageNames.fullName(edition, p), p.label(), p.section(),
                    layout.page(p.id()).orElse(null)));
        }
        items.setAll(list);
    }
}
