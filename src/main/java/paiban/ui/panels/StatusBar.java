package paiban.ui.panels;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import paiban.preflight.Finding;
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

    /** The bar with the preflight light: a click lists the findings, a finding leads to its frame. */
    public StatusBar(StatusViewModel vm, PreflightViewModel preflight, javafx.beans.value.ObservableValue<String> copyfit) {
        this(vm);
        Label fit = new Label();
        fit.setId("status-copyfit");
        fit.textProperty().bind(copyfit);
        Button light = new Button();
        light.setId("preflight-light");
        light.getStyleClass().add("preflight-light");
        light.setFocusTraversable(false);
        light.textProperty().bind(Bindings.concat("● ", preflight.summaryProperty()));
        Runnable colour = () -> {
            light.getStyleClass().removeAll("light-green", "light-yellow", "light-red");
            light.getStyleClass().add("light-" + preflight.light().name().toLowerCase());
        };
        preflight.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> colour.run());
        colour.run();
        light.setOnAction(e -> {
            ContextMenu menu = new ContextMenu();
            for (Finding f : preflight.findings().subList(0, Math.min(60, preflight.findings().size()))) {
                MenuItem item = new MenuItem((f.isError() ? "✖ " : "▲ ") + f.message());
                item.setOnAction(x -> preflight.goTo(f));
                menu.getItems().add(item);
            }
            if (!menu.getItems().isEmpty()) menu.show(light, javafx.geometry.Side.TOP, 0, 0);
        });
        getChildren().add(getChildren().size() - 1, fit);
        getChildren().add(getChildren().size() - 1, new Separator(Orientation.VERTICAL));
        getChildren().add(getChildren().size() - 1, light);
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
        position.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(page, new Separator(Orientation.VERTICAL), position, spring, zoom);
    }
}
