package paiban.ui.export;

import javafx.concurrent.Task;
import paiban.export.ExportJob;

/** Runs an {@link ExportJob} in the background, with its progress for the dialog's bar. */
public final class ExportTask extends Task<ExportJob.Outcome> {
    private final ExportJob job;
    private final ExportJob.Listener observer;
    private final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();

    /** @param observer also told after each page, on the worker thread */
    ExportTask(ExportJob job, ExportJob.Listener observer) {
        this.job = job;
        this.observer = observer;
        updateProgress(0, Math.max(1, job.pages().size()));
    }

    @Override
    protected ExportJob.Outcome call() throws Exception {
        int total = job.pages().size();
        updateMessage(paiban.ui.Messages.get("export.running", 1, total));
        return job.run((done, all) -> {
            updateProgress(done, all);
            if (!stop.get()) updateMessage(paiban.ui.Messages.get("export.running", Math.min(done + 1, all), all));
            observer.pageDone(done, all);
        }, () -> stop.get() || isCancelled());
    }

    java.nio.file.Path jobFolder() { return job.folder(); }

    ExportJob job() { return job; }

    /**
     * Stops after the page being written: that page is finished, the rest are
     * not started, and the task then succeeds with a cancelled outcome that
     * lists exactly the files written.
     */
    public void stop() {
        stop.set(true);
        updateMessage(paiban.ui.Messages.get("export.stopping"));
    }

    public boolean stopRequested() { return stop.get(); }
}
