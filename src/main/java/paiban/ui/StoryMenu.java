package paiban.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.canvas.Tool;
import paiban.ui.story.PlaceActions;

/** The 稿件 menu (place text, place image, thread, unthread) and the story editor's place in the window. */
final class StoryMenu {
    private StoryMenu() {}

    static Menu menu(CanvasViewModel canvas, PlaceActions place) {
        MenuItem placeText = new MenuItem(Messages.get("menu.story.placeText"));
        placeText.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        placeText.setOnAction(e -> place.chooseAndPlaceText());
        placeText.disableProperty().bind(canvas.selectedFrameIdProperty().isEmpty());
        MenuItem placeImage = new MenuItem(Messages.get("menu.story.placeImage"));
        placeImage.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        placeImage.setOnAction(e -> place.chooseAndPlaceImage());
        MenuItem thread = new MenuItem(Messages.get("menu.story.thread"));
        thread.setOnAction(e -> canvas.toolProperty().set(Tool.THREAD));
        MenuItem unthread = new MenuItem(Messages.get("menu.story.unthread"));
        unthread.setOnAction(e -> canvas.threading().unthreadSelected());
        unthread.disableProperty().bind(canvas.selectedFrameIdProperty().isEmpty());
        return new Menu(Messages.get("menu.story"), null, placeText, placeImage, new SeparatorMenuItem(), thread, unthread);
    }

    /** The thread tool's prompt, shown in the tool bar while it is in use. */
    static Label threadHint(CanvasViewModel canvas) {
        Label hint = new Label();
        hint.setId("thread-hint");
        hint.getStyleClass().add("thread-hint");
        hint.textProperty().bind(canvas.threading().messageProperty());
        return hint;
    }

    /** Properties above, the story editor below, in the window's right column. */
    static SplitPane besideProperties(Node properties, Node storyEditor) {
        SplitPane split = new SplitPane(properties, storyEditor);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        split.getStyleClass().add("right-column");
        split.setPrefWidth(340);
        return split;
    }
}
