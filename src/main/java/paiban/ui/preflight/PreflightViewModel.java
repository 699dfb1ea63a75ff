package paiban.ui.preflight;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import paiban.model.Edition;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;
import paiban.preflight.Finding;
import paiban.preflight.Preflight;
import paiban.ui.BackgroundWork;
import paiban.ui.EditionDocument;
import paiban.ui.Messages;
import paiban.ui.canvas.CanvasViewModel;

/**
 * Preflight in the editor: the findings for the document as it is, the
 * light's colour, and going to a finding's page and frame on the canvas.
 * {@link #refresh()} runs the checks; the view decides when (after typing pauses).
 */
public final class PreflightViewModel {
    private final EditionDocument document;
    private final CanvasViewModel canvas;
    private final Preflight preflight;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> readOnly = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyObjectWrapper<Light> light = new ReadOnlyObjectWrapper<>(this, "light", Light.GREEN);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", Messages.get("preflight.none"));

    private final BackgroundWork.Latest<List<Finding>> background;

    public PreflightViewModel(EditionDocument document, CanvasViewModel canvas, Preflight preflight) {
        this(document, canvas, preflight, BackgroundWork.DOCUMENT, javafx.application.Platform::runLater);
    }

    /** @param executor where {@link #refreshInBackground()} checks; {@code fxThread} brings its findings back */
    public PreflightViewModel(EditionDocument document, CanvasViewModel canvas, Preflight preflight,
                              java.util.concurrent.Executor executor, java.util.function.Consumer<Runnable> fxThread) {
        this.document = document;
        this.canvas = canvas;
        this.preflight = preflight;
        this.background = new BackgroundWork.Latest<>(document, executor, fxThread);
    }

    public ObservableList<Finding> findings() { return readOnly; }

    public ReadOnlyObjectProperty<Light> lightProperty() { return light.getReadOnlyProperty(); }

    public Light light() { return light.get(); }

    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public Preflight preflight() { return preflight; }

    /** Checks the document's current edition and layout, now (a check still running in the background is dropped). */
    public List<Finding> refresh() {
        background.supersede();
        List<Finding> found = checkNow().get();
        show(found);
        return found;
    }

    /**
     * Checks the document as it is now off the FX thread; the findings replace the shown ones when they
     * come, unless the document changed or another check started meanwhile (then that one shows).
     * @return completes with whether these findings were shown
     */
    public java.util.concurrent.CompletableFuture<Boolean> refreshInBackground() {
        return background.run(checkNow(), this::show);
    }

    /** The check of the document as it is at this call, to run now or later on any thread. */
    private java.util.function.Supplier<List<Finding>> checkNow() {
        Path file = document.file();
        Path base = file == null ? null : file.toAbsolutePath().getParent();
        Edition edition = document.edition();
        paiban.layout.EditionLayout layout = document.layout();
        return () -> preflight.check(edition, layout, base);
    }

    private void show(List<Finding> found) {
        findings.setAll(found);
        light.set(Light.of(found));
        long errors = found.stream().filter(Finding::isError).count();
        summary.set(found.isEmpty() ? Messages.get("preflight.none")
                : Messages.get("preflight.summary", errors, found.size() - errors));
    }

    /**
     * Shows the finding's page and selects its frame; a finding about a story
     * alone goes to the story's first frame.
     * @return whether there was a page to go to
     */
    public boolean select(Finding f) {
        Edition e = document.edition();
        String pageId = f.pageId();
        String frameId = f.frameId();
        if (frameId.isEmpty() && !f.storyId().isEmpty()) {
            Optional<FrameRef> first = e.story(f.storyId()).map(Story::chain).filter(c -> !c.isEmpty()).map(c -> c.get(0));
            if (first.isPresent() && (pageId.isEmpty() || pageId.equals(first.get().pageId()))) {
                pageId = first.get().pageId();
                frameId = first.get().frameId();
            }
        }
        int index = e.pageNumber(pageId) - 1;
        if (index < 0) return false;
        canvas.showPage(index);
        boolean frameHere = e.pages().get(index).frame(frameId).isPresent();
        // after the page: turning the page clears the selection
        canvas.selectedFrameIdProperty().set(frameHere ? frameId : "");
        return true;
    }
}
