package paiban.ui.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.font.FontLibrary;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.preflight.Finding;
import paiban.preflight.Preflight;
import paiban.preflight.Severity;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

@InLanguage("zh")
class PreflightViewModelTest {
    static final Preflight PREFLIGHT = new Preflight(FontLibrary.shared());
    EditionDocument document;
    CanvasViewModel canvas;
    PreflightViewModel vm;

    @BeforeEach
    void setUp() {
        document = TestEditions.document();
        canvas = new CanvasViewModel(document, new UndoStack(document));
        vm = new PreflightViewModel(document, canvas, PREFLIGHT);
    }

    @ParameterizedTest
    @CsvSource({"'', GREEN", "W, AMBER", "WW, AMBER", "E, RED", "WEW, RED"})
    void theLightShowsTheWorstFinding(String severities, Light expected) {
        List<Finding> findings = new ArrayList<>();
        for (char c : severities.toCharArray()) {
            findings.add(new Finding(c == 'E' ? Severity.ERROR : Severity.WARNING, "x", "m", "p1", "", ""));
        }
        assertEquals(expected, Light.of(findings));
    }

    /** The test edition's image file is missing: an error, so red. */
    @Test
    void aMissingImageTurnsTheLightRed() {
        vm.refresh();
        assertEquals(Light.RED, vm.light());
        assertTrue(vm.findings().stream().anyMatch(f -> f.code().equals("missing-image") && f.frameId().equals("img1")),
                vm.findings().toString());
        assertTrue(vm.summaryProperty().get().matches("\\d+ 个错误，\\d+ 个警告"), vm.summaryProperty().get());
    }

    @Test
    void withTheProblemsGoneTheLightIsGreen() {
        // only the header and rules left: nothing to find
        Edition e = document.edition();
        List<Page> pages = new ArrayList<>();
        for (Page p : e.pages()) {
            pages.add(p.withFrames(p.frames().stream().filter(f -> f.kind().equals("header") || f.kind().equals("rule")).toList()));
        }
        document.setEdition(e.withPages(pages).withStories(List.of()));
        vm.refresh();
        assertEquals(List.of(), vm.findings());
        assertEquals(Light.GREEN, vm.light());
        assertEquals("预检通过，没有发现问题。", vm.summaryProperty().get());
    }

    @Test
    void clickingAFindingShowsItsPageAndSelectsItsFrame() {
        assertEquals(0, canvas.pageIndex());
        assertTrue(vm.select(new Finding(Severity.ERROR, "overset", "m", "p2", "t3", "")));
        assertEquals(1, canvas.pageIndex());
        assertEquals("t3", canvas.selectedFrameIdProperty().get());
        assertTrue(vm.select(new Finding(Severity.ERROR, "missing-image", "m", "p1", "img1", "")));
        assertEquals(0, canvas.pageIndex());
        assertEquals("img1", canvas.selectedFrameIdProperty().get());
    }

    @Test
    void aFindingAboutAStoryGoesToItsFirstFrame() {
        canvas.showPage(1);
        assertTrue(vm.select(new Finding(Severity.WARNING, "x", "m", "", "", "s1")));
        assertEquals(0, canvas.pageIndex());
        assertEquals("t1", canvas.selectedFrameIdProperty().get());
    }

    @Test
    void aFindingWithoutAPageMovesNothing() {
        canvas.showPage(1);
        assertFalse(vm.select(new Finding(Severity.WARNING, "font", "m", "", "", "")));
        assertEquals(1, canvas.pageIndex());
    }

    /**
     * The light's checks run in the background: a check of the old edition made slow (held by a latch) that
     * finishes after the designer deleted the photo and the newer check came back never brings the photo's
     * finding back.
     */
    @Test
    void aSlowCheckOfAnOlderEditionNeverOverwritesTheNewerFindings() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        // the first check runs on a thread of its own and is held (after checking) until released; later ones run at once
        java.util.concurrent.Executor firstOnItsOwn = task -> {
            if (runs.getAndIncrement() > 0) {
                task.run();
                return;
            }
            Thread t = new Thread(task, "slow-check");
            t.setDaemon(true);
            t.start();
        };
        java.util.function.Consumer<Runnable> fxThread = landing -> {
            if (Thread.currentThread().getName().equals("slow-check")) paiban.ui.BackgroundWorkTest.await(release);
            landing.run();
        };
        PreflightViewModel background = new PreflightViewModel(document, canvas, PREFLIGHT, firstOnItsOwn, fxThread);
        var slow = background.refreshInBackground();
        Page p1 = document.edition().pages().get(0);
        document.setEdition(document.edition().withPage(p1.withoutFrame("img1")));
        assertTrue(background.refreshInBackground().get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(background.findings().stream().noneMatch(f -> f.frameId().equals("img1")), background.findings().toString());

        release.countDown();
        assertFalse(slow.get(10, java.util.concurrent.TimeUnit.SECONDS), "the old check is dropped");
        assertTrue(background.findings().stream().noneMatch(f -> f.frameId().equals("img1")), background.findings().toString());
    }
}
