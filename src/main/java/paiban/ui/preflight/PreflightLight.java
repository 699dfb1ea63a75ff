package paiban.ui.preflight;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import paiban.ui.EditionDocument;
import paiban.ui.Messages;

/**
 * The preflight light in the status bar: green, amber or red with the
 * counts beside it; a click opens the list of findings. The checks run again
 * once the layout has been still for a moment, in the background, so typing is never slowed.
 */
public final class PreflightLight extends HBox {
    static final Duration SETTLE = Duration.millis(600);

    private final PreflightViewModel vm;
    private final Circle lamp = new Circle(6);
    private final Label count = new Label();
    private final PreflightList list;

    public PreflightLight(PreflightViewModel vm, EditionDocument document) {
        super(6);
        this.vm = vm;
        this.list = new PreflightList(vm);
        setId("preflight-light");
        setAlignment(Pos.CENTER_LEFT);
        setCursor(Cursor.HAND);
        lamp.setStroke(Color.web("#00000055"));
        lamp.fillProperty().bind(Bindings.createObjectBinding(() -> colour(vm.light()), vm.lightProperty()));
        count.setId("preflight-summary");
        count.textProperty().bind(vm.summaryProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("preflight.light.tooltip", vm.summaryProperty().get()), vm.summaryProperty()));
        Tooltip.install(this, tip);
        getChildren().addAll(lamp, count);
        setOnMouseClicked(e -> openList());

        PauseTransition settle = new PauseTransition(SETTLE);
        // the checks run off the FX thread; a result made stale by a newer layout is dropped
        settle.setOnFinished(e -> vm.refreshInBackground());
        document.layoutProperty().addListener(o -> settle.playFromStart());
        // the first check waits for the window: MainWindow starts it once the page is painted
    }

    public PreflightList list() { return list; }

    public void openList() {
        vm.refresh();
        list.show(getScene() == null ? null : getScene().getWindow());
    }

    public Circle lamp() { return lamp; }

    public static Color colour(Light light) {
        return switch (light) {
            case GREEN -> Color.web("#2e9e44");
            case AMBER -> Color.web("#f0a400");
            case RED -> Color.web("#d7261e");
        };
    }
}
