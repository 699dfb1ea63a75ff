package paiban.ui.canvas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import paiban.io.EditionFile;
import paiban.layout.ImageMark;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.model.Page;
import paiban.model.frame.Frame;
import paiban.model.frame.ImageFrame;

/**
 * Keeps the photos of the page shown in step with their files, as
 * {@link PlacedAdFollower} does for ads: a photo file that was changed,
 * appeared or went away composes the page again (its pixel size, and so its
 * placement and ppi, may be new) and the screen decodes it anew. Only file
 * dates and sizes are read on the UI thread.
 */
final class PlacedImageFollower {
    private record Stamp(long modified, long size) {}

    private final CanvasViewModel vm;
    private final Timeline timeline;
    private final Map<Path, Stamp> seen = new HashMap<>();

    PlacedImageFollower(CanvasViewModel vm) {
        this.vm = vm;
        timeline = new Timeline(new KeyFrame(PlacedAdFollower.EVERY, e -> check()));
        timeline.setCycleCount(Animation.INDEFINITE);
        // the files as they were when the page was composed: a change after that is a change
        vm.document().layoutProperty().addListener(o -> stampAll());
        stampAll();
    }

    private void stampAll() {
        Path editionFile = vm.document().file();
        for (Page page : vm.document().edition().pages()) {
            for (Frame f : page.frames()) {
                if (f instanceof ImageFrame i && !i.path().isBlank()) {
                    Path file = resolve(editionFile, i.path());
                    seen.put(file, stamp(file));
                }
            }
        }
    }

    private static Path resolve(Path editionFile, String path) {
        return editionFile == null ? Path.of(path).toAbsolutePath() : EditionFile.resolve(editionFile, path);
    }

    void start() { timeline.play(); }

    /** Looks once; true when the page was composed again. */
    boolean check() {
        Optional<Page> page = vm.currentPage();
        Optional<PageLayout> layout = vm.currentLayout();
        if (page.isEmpty() || layout.isEmpty()) return false;
        Map<String, Path> drawn = new HashMap<>();
        for (Mark m : layout.get().marks()) if (m instanceof ImageMark im) drawn.put(im.frameId(), im.file());
        Path editionFile = vm.document().file();
        boolean changed = false;
        for (Frame f : page.get().frames()) {
            if (!(f instanceof ImageFrame i) || i.path().isBlank()) continue;
            Path file = resolve(editionFile, i.path());
            Stamp now = stamp(file);
            boolean known = seen.containsKey(file);
            Stamp before = seen.put(file, now);
            boolean missingDrawn = drawn.containsKey(i.id()) && drawn.get(i.id()) == null;
            if (missingDrawn && now != null) changed = true;                        // appeared
            else if (known && !java.util.Objects.equals(before, now)) changed = true; // changed or went away
        }
        if (changed) vm.document().recompose();
        return changed;
    }

    private static Stamp stamp(Path file) {
        try {
            if (!Files.isRegularFile(file)) return null;
            return new Stamp(Files.getLastModifiedTime(file).toMillis(), Files.size(file));
        } catch (IOException e) {
            return null;
        }
    }
}
