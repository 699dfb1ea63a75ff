package paiban.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.canvas.Tool;
import paiban.ui.story.PlaceActions;

/** The 稿件 menu (place text, place image, thread, unthread) and the thread tool's prompt. */
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
}
