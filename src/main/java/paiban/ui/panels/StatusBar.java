package paiban.ui.panels;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line at the bottom of the window: pointer position, page, zoom. */
public final class StatusBar extends HBox {
    private final Label position = new Label();
    private final Label page = new Label();
    private final Label zoom = new Label();

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
        position.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(page, new Separator(Orientation.VERTICAL), position, spring, zoom);
    }
}
