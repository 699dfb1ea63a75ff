package paiban.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Work that follows the document once it has been still for a moment, not at every keystroke or
 * drop: each {@link #ask} restarts the wait; {@link #now} does pending work at once (before the
 * view it updates is used). FX thread only.
 */
public final class WhenStill {
    private final PauseTransition pause;
    private final Runnable work;
    private boolean pending;

    public WhenStill(Duration still, Runnable work) {
        this.work = work;
        this.pause = new PauseTransition(still);
        pause.setOnFinished(e -> now());
    }

    /** The work is wanted: done once nothing has asked again for the still time. */
    public void ask() {
        pending = true;
        pause.playFromStart();
    }

    /** Does the work now if it is pending. */
    public void now() {
        if (!pending) return;
        cancel();
        work.run();
    }

    /** Forgets pending work (it was done another way). */
    public void cancel() {
        pending = false;
        pause.stop();
    }
}
