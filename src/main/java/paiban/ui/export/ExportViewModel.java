package paiban.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import paiban.export.ExportJob;
import paiban.export.ExportOptions;
import paiban.export.PrintExport;
import paiban.model.Edition;
import paiban.preflight.ExportGate;
import paiban.preflight.Finding;
import paiban.preflight.Preflight;
import paiban.ui.EditionDocument;
import paiban.ui.Messages;

/**
 * The export dialog's state: which pages, one file or one per page, crop
 * marks, the folder; the preflight findings shown before export; progress
 * and the outcome of the running export. Tested without a window.
 */
public final class ExportViewModel {
    private static final System.Logger LOG = paiban.log.Log.of(ExportViewModel.class);
    private final EditionDocument document;
    private final PrintExport export;
    private final BooleanProperty allPages = new SimpleBooleanProperty(this, "allPages", true);
    private final StringProperty pageList = new SimpleStringProperty(this, "pageList", "");
    private final BooleanProperty single = new SimpleBooleanProperty(this, "single", false);
    private final BooleanProperty cropMarks = new SimpleBooleanProperty(this, "cropMarks", false);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final StringProperty preflightSummary = new SimpleStringProperty(this, "preflightSummary", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ObjectProperty<ExportJob.Outcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final BooleanBinding hasErrors = Bindings.createBooleanBinding(() -> Preflight.hasErrors(findings), findings);
    private final StringBinding problem;
    private ExportTask task;
    /** Set by {@link #cancelAndDiscard()}: what the stopped export wrote is deleted when it has stopped. */
    private boolean discard;
    private ExportJob.Listener observer = (done, total) -> { };

    public ExportViewModel(EditionDocument document, Preflight preflight) {
        this.document = document;
        this.export = new PrintExport(preflight);
        folder.set(PrintExport.suggestedFolder(document.file()));
        problem = Bindings.createStringBinding(() -> problemText().orElse(""),
                allPages, pageList, folder, document.editionProperty());
        status.set(problem.get().isEmpty() ? Messages.get("export.ready", selectedCount()) : problem.get());
        problem.addListener((o, was, now) -> {
            if (!running.get()) status.set(now.isEmpty() ? Messages.get("export.ready", selectedCount()) : now);
        });
    }

    public BooleanProperty allPagesProperty() { return allPages; }

    public StringProperty pageListProperty() { return pageList; }

    public BooleanProperty singleProperty() { return single; }

    public BooleanProperty cropMarksProperty() { return cropMarks; }

    public ObjectProperty<Path> folderProperty() { return folder; }

    public ObservableList<Finding> findings() { return findings; }

    public StringProperty preflightSummaryProperty() { return preflightSummary; }

    public BooleanBinding hasErrorsProperty() { return hasErrors; }

    public DoubleProperty progressProperty() { return progress; }

    public StringProperty statusProperty() { return status; }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** The last export's result, null before one finished. */
    public ObjectProperty<ExportJob.Outcome> outcomeProperty() { return outcome; }

    /** Why the export cannot start ("" when it can): a bad page list, no folder, no pages. */
    public StringBinding problemProperty() { return problem; }

    /** Also told after every page written, on the worker thread. */
    public void setObserver(ExportJob.Listener listener) { this.observer = listener; }

    /** Checks the edition as it is now (SPEC §8 preflight); the findings show in the dialog. */
    public List<Finding> runPreflight() {
        Path file = document.file();
        Path base = file == null ? null : file.toAbsolutePath().getParent();
        List<Finding> found = export.check(document.edition(), document.layout(), base).findings();
        findings.setAll(found);
        long errors = found.stream().filter(Finding::isError).count();
        preflightSummary.set(found.isEmpty() ? Messages.get("preflight.none")
                : Messages.get("preflight.summary", errors, found.size() - errors));
        return found;
    }

    private java.util.Optional<String> problemText() {
        Edition e = document.edition();
        if (e.pages().isEmpty()) return java.util.Optional.of(Messages.get("export.error.noPages"));
        if (!allPages.get()) {
            try {
                PageSelection.parse(pageList.get(), e.pages().size());
            } catch (IllegalArgumentException ex) {
                return java.util.Optional.of(ex.getMessage());
            }
        }
        if (folder.get() == null) return java.util.Optional.of(Messages.get("export.error.noFolder"));
        return java.util.Optional.empty();
    }

    private int selectedCount() {
        int n = document.edition().pages().size();
        if (allPages.get()) return n;
        try {
            return PageSelection.parse(pageList.get(), n).size();
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.DEBUG, "page list refused", e);
            return 0;
        }
    }

    /** The export as set up now. @throws IllegalArgumentException with {@link #problemProperty()}'s text */
    public ExportJob job() {
        String p = problem.get();
        if (!p.isEmpty()) throw new IllegalArgumentException(p);
        return PrintExport.job(document.edition(), document.layout(), options());
    }

    /** The options as set in the dialog (valid only when {@link #problemProperty()} is empty). */
    public ExportOptions options() {
        Edition e = document.edition();
        List<Integer> numbers = allPages.get() ? List.of() : PageSelection.parse(pageList.get(), e.pages().size());
        return new ExportOptions(numbers, single.get(), cropMarks.get(), folder.get());
    }

    /** The export's preflight rule over the findings shown ({@link #runPreflight()}). */
    public ExportGate gate() { return new ExportGate(findings); }

    /** {@link #start(Executor, boolean)} without insisting: refused while the findings show errors. */
    public ExportTask start(Executor executor) {
        return start(executor, false);
    }

    /**
     * Starts the export on {@code executor}; progress, status and outcome
     * follow on the FX thread. Does nothing while one is running. With errors
     * among the findings it writes nothing and says so, unless {@code anyway}
     * (the user was asked and said 仍然导出).
     *
     * @return the running task, null when refused
     */
    public ExportTask start(Executor executor, boolean anyway) {
        if (running.get()) return task;
        ExportGate gate = gate();
        if (gate.refuses(anyway)) {
            status.set(Messages.get("export.refused", gate.errors().size()));
            return null;
        }
        ExportJob job = job();
        ExportTask t = new ExportTask(job, (done, total) -> observer.pageDone(done, total));
        task = t;
        discard = false;
        outcome.set(null);
        progress.bind(t.progressProperty());
        status.bind(t.messageProperty());
        running.set(true);
        t.setOnSucceeded(e -> finish(t.getValue()));
        t.setOnFailed(e -> {
            if (discard) t.job().deleteWritten();
            Throwable ex = t.getException();
            String why = ex == null ? "?" : ex.getMessage() == null ? ex.toString() : ex.getMessage();
            finishWith(Messages.get("export.failed", why), null);
        });
        t.setOnCancelled(e -> finishWith(Messages.get("export.cancelled", "?"), null));
        executor.execute(t);
        return t;
    }

    /** Cancel: the export stops after the page it is writing; running stays true until it has. */
    public void cancel() {
        if (task != null && running.get()) task.stop();
    }

    /**
     * The window is closing: stops the export after the page being written
     * and, unless it had already finished every file, deletes the files it
     * wrote, so no partial edition is left for the plant. Running turns false
     * once that is done.
     */
    public void cancelAndDiscard() {
        if (task == null || !running.get()) return;
        discard = true;
        task.stop();
    }

    private void finish(ExportJob.Outcome o) {
        if (discard && o.cancelled()) {
            List<String> left = task.job().deleteWritten();
            finishWith(Messages.get("export.discarded", o.files().size() - left.size())
                    + (left.isEmpty() ? "" : "\n" + String.join("\n", left)), new ExportJob.Outcome(List.of(), o.warnings(), true));
            return;
        }
        String done = o.cancelled() ? Messages.get("export.cancelled", o.files().size())
                : Messages.get("export.done", o.files().size(), task.jobFolder());
        // what the exporter met on the way (an image it could not read) is said, not hidden
        List<String> unsaid = PrintExport.unsaid(gate(), o); // an image preflight named is not said again
        if (!unsaid.isEmpty()) done += "\n" + String.join("\n", unsaid.stream().limit(PrintExport.WARNINGS_SHOWN).toList())
                + (unsaid.size() > PrintExport.WARNINGS_SHOWN ? "\n…" : "");
        finishWith(done, o);
    }

    private void finishWith(String message, ExportJob.Outcome o) {
        progress.unbind();
        status.unbind();
        status.set(message);
        running.set(false);
        outcome.set(o);
    }
}
