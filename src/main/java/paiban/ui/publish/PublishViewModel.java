package paiban.ui.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.publish.PublishSettings;
import paiban.publish.Publisher;
import paiban.ui.EditionDocument;
import paiban.ui.Messages;

/**
 * 发布数字报: the folder, the publishing in the background with its progress,
 * cancel, and what came out (the site's front page and the notes). Tested
 * without a window.
 */
public final class PublishViewModel {
    private final EditionDocument document;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ObjectProperty<Publisher.Result> result = new SimpleObjectProperty<>(this, "result");
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private Task<Publisher.Result> task;

    public PublishViewModel(EditionDocument document) {
        this.document = document;
        Path file = document.file();
        Edition e = document.edition();
        String name = "数字报" + (e.date() == null ? "" : "-" + e.date().toString().replace("-", ""));
        Path base = file != null && file.toAbsolutePath().getParent() != null ? file.toAbsolutePath().getParent()
                : Path.of(System.getProperty("user.home"));
        folder.set(base.resolve(name));
        status.set(Messages.get("publish.ready", e.pages().size()));
    }

    public ObjectProperty<Path> folderProperty() { return folder; }

    public DoubleProperty progressProperty() { return progress; }

    public StringProperty statusProperty() { return status; }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public ObjectProperty<Publisher.Result> resultProperty() { return result; }

    public ObservableList<String> notes() { return notes; }

    /** What stops publishing now, "" when it can start. */
    public String problem() {
        Path dir = folder.get();
        if (dir == null) return Messages.get("publish.error.noFolder");
        if (Files.exists(dir) && !Files.isDirectory(dir)) return Messages.get("publish.error.notFolder", dir);
        if (document.edition().pages().isEmpty()) return Messages.get("publish.error.noPages");
        return "";
    }

    /** Publishes the document as it is now on {@code executor}; the result, or the failure, comes back on the FX thread. */
    public Task<Publisher.Result> start(Executor executor) {
        String problem = problem();
        if (!problem.isEmpty()) {
            status.set(problem);
            return null;
        }
        Edition edition = document.edition();
        EditionLayout layout = document.layout();
        Path dir = folder.get();
        notes.clear();
        result.set(null);
        task = new Task<>() {
            @Override protected Publisher.Result call() throws Exception {
                updateMessage(Messages.get("publish.running"));
                return new Publisher(PublishSettings.defaults()).publish(edition, layout, dir, (done, total, what) -> {
                    updateProgress(done, total);
                    if (!isCancelled()) updateMessage(Messages.get("publish.step", done, total));
                });
            }
        };
        progress.unbind();
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
        running.set(true);
        task.stateProperty().addListener((o, was, now) -> finished(now, dir));
        executor.execute(task);
        return task;
    }

    private void finished(Worker.State state, Path dir) {
        if (state != Worker.State.SUCCEEDED && state != Worker.State.FAILED && state != Worker.State.CANCELLED) return;
        progress.unbind();
        status.unbind();
        running.set(false);
        switch (state) {
            case SUCCEEDED -> {
                Publisher.Result r = task.getValue();
                result.set(r);
                notes.setAll(r.notes().stream().map(n -> n.text(Messages.current())).toList());
                progress.set(1);
                status.set(Messages.get("publish.done", r.files().size(), r.index()));
            }
            case CANCELLED -> {
                progress.set(0);
                status.set(Messages.get("publish.cancelled", dir));
            }
            default -> {
                Throwable e = task.getException();
                status.set(Messages.get("publish.failed", e == null || e.getMessage() == null ? String.valueOf(e) : e.getMessage()));
            }
        }
    }

    /** Stops publishing between two files; what was written stays (the site is incomplete). */
    public void cancel() {
        if (task != null && !task.isDone()) task.cancel(true);
    }
}
