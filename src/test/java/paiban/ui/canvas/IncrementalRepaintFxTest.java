package paiban.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.model.Rect;
import paiban.model.unit.Units;
import paiban.render.fx.FxPainter;
import paiban.ui.EditionLoader;
import paiban.ui.MainWindow;
import paiban.ui.InLanguage;
import paiban.ui.MonocleStage;
import paiban.ui.PaibanApp;

/**
 * The page canvas repaints only what a drag step changed; after any sequence of steps (random
 * moves and resizes of page 1's frames on the sample edition, live as a drag shows them, and some
 * dropped through the undo stack) its pixels are exactly those of a full repaint of the same page.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class IncrementalRepaintFxTest {
    MainWindow window;
    MonocleStage monocle;

    @Start
    void start(Stage s) {
        window = PaibanApp.openWindow(s, EditionLoader.sample());
        monocle = MonocleStage.onScreen(s);
    }

    @AfterEach
    void restore() throws Exception {
        monocle.restore();
    }

    @Test
    void stepsPaintTheSamePixelsAsAFullRepaint() throws Exception {
        FxPainter.imagesLoaded().get(1, TimeUnit.MINUTES);
        WaitForAsyncUtils.waitForFxEvents();
        Random random = new Random(16);
        int[] partial = {0}, typedPartly = {0};
        for (int sequence = 0; sequence < 8; sequence++) {
            // a little zoomed in on some sequences, so glyphs are drawn rather than greeked
            boolean zoomed = sequence % 3 == 2;
            WaitForAsyncUtils.asyncFx(() -> {
                if (zoomed) window.canvas().zoomAround(window.canvasModel().zoom() * 1.8, 300, 250);
                // a paint that asks for the photos, whose decoding is then awaited
                window.canvas().paintFully();
            }).get();
            FxPainter.imagesLoaded().get(1, TimeUnit.MINUTES);
            WaitForAsyncUtils.waitForFxEvents();
            int seq = sequence;
            String failure = WaitForAsyncUtils.asyncFx(() -> {
                PageCanvasView view = window.canvas();
                CanvasViewModel vm = window.canvasModel();
                WritableImage start = view.pageCanvas().snapshot(null, null);
                int steps = 3 + random.nextInt(8);
                for (int i = 0; i < steps; i++) {
                    List<FrameOutline> frames = new ArrayList<>(vm.outlines().stream().filter(o -> !o.locked()).toList());
                    FrameOutline f = frames.get(random.nextInt(frames.size()));
                    Rect to = randomBounds(random, f.bounds());
                    int kind = random.nextInt(6);
                    if (kind == 5) {
                        // typing: the story's changed lines, and what reflows after them
                        typeInAStoryOnThePage(random);
                    } else if (kind == 0) {
                        // the drop: the edit goes through the undo stack and the document's layout changes
                        vm.edits().showLive(Map.of());
                        vm.edits().setBounds(f.frameId(), to);
                    } else {
                        vm.edits().showLive(Map.of(f.frameId(), to));
                    }
                    view.paint();
                    if (view.lastPageRegions() > 0) partial[0]++;
                    if (kind == 5 && view.lastPageRegions() > 0) typedPartly[0]++;
                }
                WritableImage stepped = view.pageCanvas().snapshot(null, null);
                view.paintFully();
                WritableImage full = view.pageCanvas().snapshot(null, null);
                vm.edits().showLive(Map.of());
                String diff = difference(stepped, full);
                if (!diff.isEmpty()) {
                    save(stepped, "incremental-" + seq + "-steps.png");
                    save(full, "incremental-" + seq + "-full.png");
                }
                if (difference(start, full).isEmpty()) return "the steps changed nothing on the page";
                return diff;
            }).get();
            assertEquals("", failure, "sequence " + sequence);
            WaitForAsyncUtils.asyncFx(() -> {
                while (window.undoStack().depth() > 0) window.undoStack().undo();
                window.canvas().fitPage();
            }).get();
        }
        assertTrue(partial[0] > 10, "most steps repaint only a part of the page: " + partial[0]);
        assertTrue(typedPartly[0] > 0, "typing repaints the lines it changed, not the page");
    }

    /** A few characters typed at a paragraph's end, or taken off it, in a story shown on the current page, as the editors do it. */
    private void typeInAStoryOnThePage(Random random) {
        String pageId = window.canvasModel().currentPage().orElseThrow().id();
        List<paiban.model.story.Story> here = window.document().edition().stories().stream()
                .filter(st -> st.chain().stream().anyMatch(r -> r.pageId().equals(pageId)) && !st.paragraphs().isEmpty())
                .toList();
        paiban.model.story.Story story = here.get(random.nextInt(here.size()));
        List<paiban.model.story.Paragraph> paragraphs = new ArrayList<>(story.paragraphs());
        int i = random.nextInt(paragraphs.size());
        paiban.model.story.Paragraph p = paragraphs.get(i);
        String text = p.text();
        paragraphs.set(i, random.nextBoolean() || text.length() < 4
                ? p.withText(text + "新建的滨江步道".substring(0, 1 + random.nextInt(7)))
                : p.withText(text.substring(0, text.length() - 1 - random.nextInt(3))));
        window.undoStack().apply(new paiban.edit.SetStoryText(story.id(), paragraphs));
    }

    @Test
    void aLayoutFromFilesReadAgainIsPaintedWholeAnEditOnlyWhereItChanged() throws Exception {
        FxPainter.imagesLoaded().get(1, TimeUnit.MINUTES);
        WaitForAsyncUtils.asyncFx(() -> window.canvas().paintFully()).get();
        int[] regions = WaitForAsyncUtils.asyncFx(() -> {
            PageCanvasView view = window.canvas();
            // 刷新: the same marks, but the files behind them may have changed
            window.document().recompose();
            view.paint();
            int reread = view.lastPageRegions();
            typeInAStoryOnThePage(new Random(3));
            view.paint();
            int typed = view.lastPageRegions();
            window.undoStack().undo();
            view.paint();
            return new int[] {reread, typed, view.lastPageRegions()};
        }).get();
        assertEquals(-1, regions[0], "files read again: the whole page");
        assertTrue(regions[1] > 0, "typing: the changed lines only, " + regions[1] + " region(s)");
        assertTrue(regions[2] > 0, "its undo too, " + regions[2] + " region(s)");
    }

    /** The frame moved by up to 40 mm each way, or resized by up to 30 mm, kept on the page. */
    private static Rect randomBounds(Random random, Rect b) {
        int mm = Units.mm(1);
        if (random.nextBoolean()) {
            int dx = (random.nextInt(81) - 40) * mm, dy = (random.nextInt(81) - 40) * mm;
            return new Rect(Math.max(0, b.x() + dx), Math.max(0, b.y() + dy), b.width(), b.height());
        }
        int w = Math.max(10 * mm, b.width() + (random.nextInt(61) - 30) * mm);
        int h = Math.max(10 * mm, b.height() + (random.nextInt(61) - 30) * mm);
        return new Rect(b.x(), b.y(), w, h);
    }

    /** Empty when the two pictures are equal pixel for pixel, else how many pixels differ and the first. */
    private static String difference(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) return "sizes differ";
        PixelReader pa = a.getPixelReader(), pb = b.getPixelReader();
        int n = 0;
        String first = "";
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    if (n++ == 0) first = String.format(" first at (%d, %d): %08x against %08x", x, y, pa.getArgb(x, y),
                            pb.getArgb(x, y));
                }
            }
        }
        return n == 0 ? "" : n + " pixels differ;" + first;
    }

    private static void save(WritableImage img, String name) {
        try {
            File dir = paiban.Screenshots.folder().toFile();
            dir.mkdirs();
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", new File(dir, name));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
