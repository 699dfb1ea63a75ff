package paiban.ui.panels;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageNames;
import paiban.ui.EditionDocument;

/**
 * The pages panel's state: one item per page, rebuilt from the document
 * whenever the layout changes, and the current page shared with the canvas.
 */
public final class PagesViewModel {
    private final EditionDocument document;
    private final IntegerProperty current;
    private final ObservableList<PageItem> items = FXCollections.observableArrayList();

    /** @param current the canvas's page index, shared so a click here switches the canvas */
    public PagesViewModel(EditionDocument document, IntegerProperty current) {
        this.document = document;
        this.current = current;
        document.layoutProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    public ObservableList<PageItem> items() { return items; }

    public IntegerProperty currentProperty() { return current; }

    public void select(int index) {
        if (index >= 0 && index < items.size()) current.set(index);
    }

    /** "第一版 要闻" or "A01 要闻": what the desk calls a page. */
    public static String caption(PageItem item) {
        String name = item.label().isBlank() ? item.name() : item.label();
        return item.section().isBlank() ? name : name + "  " + item.section();
    }

    private void rebuild() {
        Edition edition = document.edition();
        EditionLayout layout = document.layout();
        List<PageItem> list = new ArrayList<>();
        List<Page> pages = edition.pages();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            list.add(new PageItem(i, p.id(), PageNames.fullName(edition, p), p.label(), p.section(),
                    layout.page(p.id()).orElse(null)));
        }
        items.setAll(list);
    }
}
