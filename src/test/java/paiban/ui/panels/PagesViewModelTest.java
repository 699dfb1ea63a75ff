package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;
import paiban.model.PageNaming;
import paiban.ui.EditionDocument;
import paiban.ui.TestEditions;

class PagesViewModelTest {
    final EditionDocument doc = TestEditions.document();
    final SimpleIntegerProperty current = new SimpleIntegerProperty(0);
    final PagesViewModel vm = new PagesViewModel(doc, current);

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
}
