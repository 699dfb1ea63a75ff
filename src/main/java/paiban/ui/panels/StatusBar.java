package paiban.ui.panels;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line at the bottom of the window: page, pointer position, copyfit, preflight light, zoom. */
public final class StatusBar extends HBox {
    private final Label position = new Label();
    private final Label page = new Label();
    private final Label zoom = new Label();

    /** The bar with the copyfit of the selection and the preflight light (see paiban.ui.preflight). */
    public StatusBar(StatusViewModel vm, javafx.scene.Node preflightLight, javafx.beans.value.ObservableValue<String> copyfit) {
        this(vm);
        Label fit = new Label();
        fit.setId("status-copyfit");
        fit.textProperty().bind(copyfit);
        getChildren().add(getChildren().size() - 1, fit);
        getChildren().add(getChildren().size() - 1, new Separator(Orientation.VERTICAL));
        getChildren().add(getChildren().size() - 1, preflightLight);
        getChildren().add(getChildren().size() - 1, new Separator(Orientation.VERTICAL));
    }

    public StatusBar(StatusViewModel vm) {
        super(10);
        getStyleClass().add("status-bar");
        setPadding(new Insets(3, 10, 3, 10));
        setAlignment(Pos.CENTER_LEFT);
        position.setId("status-position");
        page.setId("status-page");
        zoom.setId("status-zoom");
        position.textProperty().bind(vm.positionProperty());
        page.textProperty().bind(vm.pageProperty());
        zoom.textProperty().bind(vm.zoomProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(page, new Separator(Orientation.VERTICAL), readout(position), spring, zoom);
    }

    /**
     * The pointer's readout, which changes on every step of a drag, kept out of the window's
     * layout: the bar lays out a place of fixed width (see paiban.css) and the label, not managed
     * by the bar, sits on it. A new text then lays out the label alone, not the bar and the
     * window around it, and repaints the label's own opaque box, not the bar from there on.
     */
    private Region readout(Label label) {
        Region place = new Region();
        place.getStyleClass().add("status-readout");
        label.getStyleClass().add("status-readout");
        label.setManaged(false);
        place.layoutBoundsProperty().addListener((o, was, now) -> label.resize(now.getWidth(), now.getHeight()));
        label.layoutXProperty().bind(place.layoutXProperty());
        label.layoutYProperty().bind(place.layoutYProperty());
        getChildren().add(label);
        return place;
    }
}
