package paiban.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/** The editor's worker thread for long work (export): one at a time, never keeping the program alive. */
public final class BackgroundWork {
    public static final Executor EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "paiban-background");
        t.setDaemon(true);
        return t;
    });

    private BackgroundWork() {}
}
