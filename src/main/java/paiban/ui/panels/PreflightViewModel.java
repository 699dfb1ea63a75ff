package paiban.ui.panels;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import paiban.font.FontLibrary;
import paiban.preflight.Finding;
import paiban.preflight.Preflight;
import paiban.ui.Messages;
import paiban.ui.canvas.CanvasViewModel;

/**
 * The status bar's preflight light: the checks of SPEC §8 run again after
 * every change of the layout; a finding leads to its page and frame.
 */
public final class PreflightViewModel {
    /** The light's colour. */
    public enum Light { GREEN, YELLOW, RED }

    private final CanvasViewModel canvas;
    private final Preflight preflight = new Preflight(FontLibrary.shared());
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final StringBinding summary;

    /** Checks again right after every change. */
    public PreflightViewModel(CanvasViewModel canvas) {
        this(canvas, Runnable::run);
    }

    /**
     * @param later runs the checks after a change; the window passes a short
     *              debounce so a burst of typing is checked once, at its end
     */
    public PreflightViewModel(CanvasViewModel canvas, java.util.function.Consumer<Runnable> later) {
        this.canvas = canvas;
        canvas.document().layoutProperty().addListener(o -> later.accept(this::refresh));
        summary = Bindings.createStringBinding(() -> {
            long errors = findings.stream().filter(Finding::isError).count();
            long warnings = findings.size() - errors;
            return findings.isEmpty() ? Messages.get("preflight.ok") : Messages.get("preflight.summary", errors, warnings);
        }, findings);
        refresh();
    }

    public ObservableList<Finding> findings() { return findings; }

    public StringBinding summaryProperty() { return summary; }

    public Light light() {
        if (findings.stream().anyMatch(Finding::isError)) return Light.RED;
        return findings.isEmpty() ? Light.GREEN : Light.YELLOW;
    }

    /** Shows the finding's page and selects its frame. */
    public void goTo(Finding f) {
        var edition = canvas.document().edition();
        String pageId = f.pageId();
        if (pageId.isEmpty() && !f.storyId().isEmpty()) {
            // a story's finding without a page: its last frame, where overset shows
            pageId = edition.story(f.storyId()).map(s -> s.chain().isEmpty() ? "" : s.chain().get(s.chain().size() - 1).pageId()).orElse("");
        }
        int index = edition.pageNumber(pageId) - 1;
        if (index >= 0) canvas.showPage(index);
        if (!f.frameId().isEmpty()) canvas.selectedFrameIdProperty().set(f.frameId());
    }

    public void refresh() {
        Path file = canvas.document().file();
        Path dir = file == null ? null : file.toAbsolutePath().getParent();
        List<Finding> now;
        try {
            now = preflight.check(canvas.document().edition(), canvas.document().layout(), dir);
        } catch (RuntimeException e) {
            // a failing check must not take the editor down; say so in the light instead
            now = List.of(new Finding(paiban.preflight.Severity.ERROR, "preflight", String.valueOf(e.getMessage()), "", "", ""));
        }
        findings.setAll(now);
    }
}
