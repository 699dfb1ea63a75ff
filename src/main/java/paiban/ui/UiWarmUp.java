package paiban.ui;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * What the FX thread does at start while the edition is still being read and composed on its own thread:
 * a throwaway scene of the controls the window is made of, styled and laid out once, so their classes,
 * skins, style sheet and the interface font are loaded and warm when the real window is built. It stops
 * between steps as soon as the edition is ready: it only fills time the FX thread would spend waiting.
 */
final class UiWarmUp {
    private UiWarmUp() {}

    /** Runs the warm-up steps while {@code waiting} says the edition is not ready yet. */
    static void whileWaiting(BooleanSupplier waiting) {
        if (!Boolean.parseBoolean(System.getProperty("paiban.warmUp", "true"))) return; // for measuring what it brings
        if (!waiting.getAsBoolean()) return;
        BorderPane root = new BorderPane();
        Scene scene = new Scene(root, 1280, 860);
        var css = MainWindow.class.getResource("paiban.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        // small steps, each styled and laid out at once: the first look at the edition being ready stops it
        List<Supplier<Node>> steps = List.of(
                () -> { root.setStyle(UiFonts.rootStyle()); return new Label("版"); },
                () -> new VBox(new MenuBar(new Menu("文件", null, new MenuItem("打开"))),
                        new ToolBar(new Button("选择"), new ToggleButton("文字"), new MenuButton("视图"))),
                () -> new ListView<>(javafx.collections.FXCollections.observableArrayList("第一版")),
                () -> new SplitPane(new VBox(new Canvas(10, 10), new ScrollBar()), new Label("稿")),
                PropertySheet::new,
                () -> new TitledPane("属性", new VBox(new Label("左"), new TextField("10"), new ComboBox<String>())));
        for (Supplier<Node> step : steps) {
            if (!waiting.getAsBoolean()) return;
            try {
                root.setCenter(step.get());
                root.applyCss();
                root.layout();
            } catch (RuntimeException e) {
                // only a head start: the window builds the same things properly next
                paiban.log.Log.of(UiWarmUp.class).log(System.Logger.Level.DEBUG, "warm-up step failed", e);
            }
        }
        StartupClock.mark("warm-up done");
    }
}
