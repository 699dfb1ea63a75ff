package paiban.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import paiban.font.FontLibrary;
import paiban.preflight.Preflight;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.Messages;
import paiban.ui.TestEditions;

/** The export dialog's state and its background export, without the dialog (the FX thread is running). */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class ExportViewModelTest {
    static final Preflight PREFLIGHT = new Preflight(FontLibrary.shared());
    static final EditionDocument DOC = TestEditions.document();
    @TempDir Path dir;
    ExportViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        vm = WaitForAsyncUtils.asyncFx(() -> new ExportViewModel(DOC, PREFLIGHT)).get();
    }

    private void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
    }

    private List<String> pdfs(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void waitUntilDone() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void preflightRunsFirstAndItsErrorsAreShown() throws Exception {
        fx(() -> vm.runPreflight());
        assertTrue(vm.hasErrorsProperty().get(), "the test edition's photo is missing");
        assertTrue(vm.findings().stream().anyMatch(f -> f.code().equals("missing-image")));
        assertTrue(vm.preflightSummaryProperty().get().contains("个错误"), vm.preflightSummaryProperty().get());
    }

    @Test
    void withPreflightErrorsNothingIsWrittenUnlessTheUserInsists() throws Exception {
        Path out = dir.resolve("pdf");
        AtomicReference<ExportTask> refused = new AtomicReference<>();
        fx(() -> {
            vm.runPreflight();
            vm.folderProperty().set(out);
            vm.allPagesProperty().set(false);
            vm.pageListProperty().set("1");
            refused.set(vm.start(r -> new Thread(r, "test-export").start()));
        });
        assertEquals(null, refused.get(), "refused");
        long errors = vm.findings().stream().filter(f -> f.isError()).count();
        assertTrue(errors > 0);
        assertEquals("预检发现 " + errors + " 个错误，未导出。请先改正，或点“仍然导出”。", vm.statusProperty().get());
        assertFalse(vm.runningProperty().get());
        assertEquals(List.of(), pdfs(out));
        fx(() -> vm.start(r -> new Thread(r, "test-export").start(), true));
        waitUntilDone();
        assertEquals(List.of("20260425-01.pdf"), pdfs(out), "written when the user said 仍然导出");
    }

    @Test
    void withoutAFolderOrWithABadPageListItCannotStart() throws Exception {
        assertEquals(Messages.get("export.error.noFolder"), vm.problemProperty().get());
        assertThrows(IllegalArgumentException.class, () -> vm.job());
        fx(() -> {
            vm.folderProperty().set(dir);
            vm.allPagesProperty().set(false);
            vm.pageListProperty().set("1,5");
        });
        assertEquals("没有第 5 版：这份报纸共 2 版。", vm.problemProperty().get());
        assertEquals(vm.problemProperty().get(), vm.statusProperty().get());
        fx(() -> vm.pageListProperty().set("2"));
        assertEquals("", vm.problemProperty().get());
        assertEquals("准备导出 1 个版面。", vm.statusProperty().get());
    }

    @Test
    void exportsTheChosenPagesInTheBackground() throws Exception {
        Path out = dir.resolve("pdf");
        fx(() -> {
            vm.folderProperty().set(out);
            vm.allPagesProperty().set(false);
            vm.pageListProperty().set("2");
            vm.cropMarksProperty().set(true);
            vm.start(r -> new Thread(r, "test-export").start());
        });
        waitUntilDone();
        assertEquals(List.of("20260425-02.pdf"), pdfs(out));
        assertNotNull(vm.outcomeProperty().get());
        assertFalse(vm.outcomeProperty().get().cancelled());
        assertEquals("已导出 1 个文件到 " + out, vm.statusProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
    }

    @Test
    void whatTheExporterMetIsSaidAfterwards() throws Exception {
        fx(() -> {
            vm.folderProperty().set(dir);
            vm.allPagesProperty().set(false);
            vm.pageListProperty().set("1");
            vm.start(r -> new Thread(r, "test-export").start());
        });
        waitUntilDone();
        assertEquals(List.of("20260425-01.pdf"), pdfs(dir));
        List<String> warnings = vm.outcomeProperty().get().warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("img1") && w.contains("missing")), warnings.toString());
        String[] lines = vm.statusProperty().get().split("\n");
        assertEquals("已导出 1 个文件到 " + dir, lines[0]);
        assertEquals(warnings.get(0), lines[1]);
    }

    @Test
    void cancelStopsBetweenPages() throws Exception {
        AtomicReference<ExportTask> task = new AtomicReference<>();
        AtomicReference<Runnable> work = new AtomicReference<>();
        // Cancel pressed while page 1 is written: the worker is told after page 1
        vm.setObserver((done, total) -> { if (done == 1) task.get().stop(); });
        fx(() -> {
            vm.folderProperty().set(dir);
            task.set(vm.start(work::set));
        });
        assertTrue(vm.runningProperty().get());
        Thread worker = new Thread(work.get(), "test-export");
        worker.start();
        worker.join();
        waitUntilDone();
        assertEquals(List.of("20260425-01.pdf"), pdfs(dir));
        assertTrue(vm.outcomeProperty().get().cancelled());
        assertEquals("已取消导出；已写好的文件 1 个。", vm.statusProperty().get().split("\n")[0]);
    }
}
