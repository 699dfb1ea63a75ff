package paiban.ui.canvas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import paiban.io.EditionFile;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.PlacedPdfMark;
import paiban.model.Page;
import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.render.placed.AdRaster;

/**
 * Keeps the placed ads of the page on the screen in step with their files:
 * every {@link #EVERY} it looks at the ad PDFs of the page shown; an ad file
 * that appeared or went away composes the page again, one that changed is
 * rendered again. Only file dates and sizes are read on the UI thread.
 */
final class PlacedAdFollower {
    static final Duration EVERY = Duration.seconds(2);

    private final CanvasViewModel vm;
    private final Runnable redraw;
    private final Timeline timeline;

    PlacedAdFollower(CanvasViewModel vm, Runnable redraw) {
        this.vm = vm;
        this.redraw = redraw;
        timeline = new Timeline(new KeyFrame(EVERY, e -> check()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    void start() { timeline.play(); }

    /** Looks once; true when the page was composed or drawn again. */
    boolean check() {
        Optional<Page> page = vm.currentPage();
        Optional<PageLayout> layout = vm.currentLayout();
        if (page.isEmpty() || layout.isEmpty()) return false;
        Set<String> placed = new HashSet<>();
        boolean changed = false;
        for (Mark m : layout.get().marks()) {
            if (m instanceof PlacedPdfMark p) {
                placed.add(p.frameId());
                changed |= AdRaster.changed(p.file(), p.page());
            }
        }
        Path editionFile = vm.document().file();
        for (Frame f : page.get().frames()) {
            if (!(f instanceof AdFrame a) || a.placedFile().isBlank() || !a.placesPdf()) continue;
            Path file = editionFile == null ? paiban.model.FilePaths.resolve(null, a.placedFile())
                    : EditionFile.resolve(editionFile, a.placedFile());
            if (Files.isRegularFile(file) != placed.contains(a.id())) {
                vm.document().recompose();
                return true;
            }
        }
        if (changed) redraw.run();
        return changed;
    }
}
