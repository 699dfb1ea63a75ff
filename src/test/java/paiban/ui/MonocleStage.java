package paiban.ui;

import java.util.List;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stage TestFX shares between UI tests, fitted to Monocle's 1280×800
 * screen (a robot can only click what lies on it) and given back as found:
 * its height restored and the dialogs a test left open closed.
 */
public final class MonocleStage {
    private final Stage stage;
    private final double oldHeight;

    private MonocleStage(Stage stage) {
        this.stage = stage;
        this.oldHeight = stage.getHeight();
    }

    /** Moves {@code stage} to the screen's corner and keeps it within the screen's height; call on the FX thread. */
    public static MonocleStage onScreen(Stage stage) {
        MonocleStage fitted = new MonocleStage(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setHeight(Math.min(stage.getHeight(), 790));
        return fitted;
    }

    /** Closes every other window and gives the stage its height back; call from the test thread. */
    public void restore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) if (w != stage && w instanceof Stage st) st.close();
            stage.setHeight(oldHeight);
        }).get();
    }
}
