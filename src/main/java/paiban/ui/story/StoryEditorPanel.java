package paiban.ui.story;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import paiban.model.story.Story;
import paiban.ui.Messages;
import paiban.ui.edit.UndoStack;

/**
 * The story editor (RichTextFX): the selected frame's story as text, each
 * paragraph tagged with its style, a style picker for the caret's
 * paragraph and the live copyfit. Typing reflows the page as it goes.
 */
public final class StoryEditorPanel extends BorderPane {
    private final StoryEditorViewModel vm;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final ComboBox<String> style = new ComboBox<>();
    private final Label title = new Label();
    private final Label copyfit = new Label();
    /** Set while the model writes into the area, so that write is not taken for typing. */
    private boolean syncing;

    public StoryEditorPanel(StoryEditorViewModel vm, UndoStack undo) {
        this.vm = vm;
        getStyleClass().add("story-editor");
        area.setId("story-text");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(this::tag);
        title.getStyleClass().add("panel-title");
        copyfit.setId("story-copyfit");
        style.setId("story-style");
        style.setFocusTraversable(false);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, title, style, spring, copyfit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 8, 2, 0));
        setTop(bar);
        setCenter(new VirtualizedScrollPane<>(area));

        copyfit.textProperty().bind(vm.copyfitProperty());
        vm.storyProperty().addListener((o, old, now) -> show(now));
        area.textProperty().addListener((o, old, now) -> {
            if (!syncing) vm.setText(now);
        });
        area.caretPositionProperty().addListener(o -> showCaretStyle());
        style.setOnAction(e -> {
            Story s = vm.story();
            if (syncing || s == null || style.getValue() == null) return;
            vm.setStyle(StoryText.paragraphAt(s, area.getCaretPosition()), style.getValue());
        });
        // undo is the editor's, not the text area's: one history for every action
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                if (e.isShiftDown()) undo.redo(); else undo.undo();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Y) {
                undo.redo();
                e.consume();
            }
        });
        show(vm.story());
    }

    public StyleClassedTextArea area() { return area; }

    private void show(Story s) {
        syncing = true;
        try {
            area.setDisable(s == null);
            style.setDisable(s == null);
            title.setText(s == null ? Messages.get("story.none") : Messages.get("story.title", s.title().isBlank() ? s.id() : s.title()));
            style.getItems().setAll(vm.paragraphStyles());
            String text = s == null ? "" : StoryText.of(s);
            if (!area.getText().equals(text)) {
                int caret = Math.min(area.getCaretPosition(), text.length());
                area.replaceText(text);
                area.moveTo(caret);
            }
            // paragraph tags follow style changes even when the text stays
            area.setParagraphGraphicFactory(this::tag);
            showCaretStyle();
        } finally {
            syncing = false;
        }
    }

    private void showCaretStyle() {
        Story s = vm.story();
        if (s == null || s.paragraphs().isEmpty()) return;
        boolean was = syncing;
        syncing = true;
        style.setValue(s.paragraphs().get(StoryText.paragraphAt(s, area.getCaretPosition())).style());
        syncing = was;
    }

    /** The style name in front of each paragraph, so the desk sees 主题 / 正文 / 署名 at a glance. */
    private javafx.scene.Node tag(int paragraph) {
        Story s = vm.story();
        if (s == null || paragraph >= s.paragraphs().size()) return new Region();
        String name = s.paragraphs().get(paragraph).style();
        Label l = new Label(name);
        l.getStyleClass().addAll("paragraph-tag", "tag-" + Math.abs(name.hashCode() % 6));
        l.setMinWidth(64);
        l.setPrefWidth(64);
        return l;
    }
}
