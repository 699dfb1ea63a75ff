package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.preflight.Finding;
import paiban.ui.EditionDocument;
import paiban.ui.Messages;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

class PreflightViewModelTest {
    final EditionDocument doc = TestEditions.document();
    final CanvasViewModel canvas = new CanvasViewModel(doc, new UndoStack(doc));
    final PreflightViewModel vm = new PreflightViewModel(canvas);

    @BeforeAll
    static void chinese() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theMissingPhotoIsFoundAndLeadsToItsFrame() {
        Finding photo = vm.findings().stream().filter(f -> f.frameId().equals("img1")).findFirst()
                .orElseThrow(() -> new AssertionError("no finding for the missing photo in " + vm.findings()));
        canvas.showPage(1);
        vm.goTo(photo);
        assertEquals(0, canvas.pageIndex());
        assertEquals("img1", canvas.selectedFrameIdProperty().get());
        assertTrue(vm.light() != PreflightViewModel.Light.GREEN);
        assertTrue(vm.summaryProperty().get().startsWith("预检："), vm.summaryProperty().get());
    }

    @Test
    void findingsFollowTheDocument() {
        int before = vm.findings().size();
        var e = doc.edition();
        var p1 = e.page("p1").orElseThrow();
        doc.setEdition(e.withPage(p1.withoutFrame("img1")));
        assertFalse(vm.findings().stream().anyMatch(f -> f.frameId().equals("img1")));
        assertTrue(vm.findings().size() < before);
    }
}
