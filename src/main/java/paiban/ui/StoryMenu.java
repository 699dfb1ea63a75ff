package paiban.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import paiban.model.PageNames;
import paiban.model.story.FrameRef;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.canvas.Tool;
import paiban.ui.story.PlaceActions;

/** The 稿件 menu (place text, place image) and the thread tool's prompt in the tool bar. */
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
        return new Menu(Messages.get("menu.story"), null, placeText, placeImage);
    }

    /** What the thread tool expects next: the first frame, or the frame that continues the picked one. */
    static Label threadHint(CanvasViewModel canvas) {
        Label hint = new Label();
        hint.setId("thread-hint");
        hint.getStyleClass().add("thread-hint");
        hint.textProperty().bind(Bindings.createStringBinding(() -> {
            if (canvas.toolProperty().get() != Tool.THREAD) return "";
            FrameRef from = canvas.threadFromProperty().get();
            if (from == null) return Messages.get("thread.pickFirst");
            var e = canvas.document().edition();
            String page = e.page(from.pageId()).map(p -> PageNames.fullName(e, p)).orElse(from.pageId());
            return Messages.get("thread.pickSecond", page + " " + from.frameId());
        }, canvas.toolProperty(), canvas.threadFromProperty(), canvas.document().editionProperty()));
        return hint;
    }
}
