package paiban.ui.story;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import paiban.model.style.Cmyk;
import paiban.ui.ErrorDialog;
import paiban.ui.Messages;
import paiban.edit.CharFormatting;

/**
 * Character formatting of the story editor's selection: a picker of the
 * edition's character styles (the first entry takes them off), a colour menu
 * of process colours (and any C M Y K typed in), and the same as a context
 * menu with 粗体 (Ctrl+B). Each choice is one undo step through the view model.
 */
public final class CharStyleTools {
    /** The colours a desk uses most for runs: 红, 蓝, 黑, 灰. */
    static final List<Cmyk> SWATCHES = List.of(Cmyk.RED, new Cmyk(100, 60, 0, 0), Cmyk.BLACK, new Cmyk(0, 0, 0, 60));
    private static final String[] SWATCH_KEYS = {"colour.red", "colour.blue", "colour.black", "colour.grey"};

    private final StoryEditorViewModel vm;
    private final Consumer<Function<CharFormatting.Range, Boolean>> onSelection;
    private final ComboBox<String> picker = new ComboBox<>();
    private final MenuButton colours = new MenuButton();
    private final ContextMenu menu = new ContextMenu();
    private boolean updating;

    CharStyleTools(StoryEditorViewModel vm, Consumer<Function<CharFormatting.Range, Boolean>> onSelection) {
        this.vm = vm;
        this.onSelection = onSelection;
        picker.setId("story-char-style");
        picker.setFocusTraversable(false);
        picker.setVisibleRowCount(16);
        picker.setOnAction(e -> {
            if (updating || picker.getValue() == null) return;
            String chosen = picker.getValue();
            String style = chosen.equals(none()) ? null : chosen;
            onSelection.accept(r -> vm.applyCharStyle(r, style));
            reset();
        });
        colours.setId("story-colour");
        colours.setFocusTraversable(false);
        vm.charStyleNames().addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    public ComboBox<String> picker() { return picker; }

    public MenuButton colours() { return colours; }

    ContextMenu contextMenu() { return menu; }

    void relabel() { rebuild(); }

    private String none() { return Messages.get("story.charStyle.none"); }

    private void reset() {
        updating = true;
        try {
            picker.setValue(null);
        } finally {
            updating = false;
        }
    }

    private void rebuild() {
        updating = true;
        try {
            picker.getItems().setAll(none());
            picker.getItems().addAll(vm.charStyleNames());
            picker.setPromptText(Messages.get("story.charStyle"));
            picker.setValue(null);
        } finally {
            updating = false;
        }
        colours.setText(Messages.get("story.colour"));
        colours.getItems().setAll(colourItems("story-colour-"));

        MenuItem bold = new MenuItem(Messages.get("story.bold"));
        bold.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        bold.setOnAction(e -> onSelection.accept(vm::toggleBold));
        MenuItem dots = new MenuItem(Messages.get("story.emphasisDots"));
        dots.setOnAction(e -> onSelection.accept(vm::toggleEmphasis));
        Menu styles = new Menu(Messages.get("story.charStyle"));
        for (String name : vm.charStyleNames()) {
            MenuItem item = new MenuItem(name);
            item.setOnAction(e -> onSelection.accept(r -> vm.applyCharStyle(r, name)));
            styles.getItems().add(item);
        }
        Menu colour = new Menu(Messages.get("story.colour"));
        colour.getItems().setAll(colourItems("story-menu-colour-"));
        MenuItem clear = new MenuItem(Messages.get("story.clearFormatting"));
        clear.setOnAction(e -> onSelection.accept(r -> vm.applyCharStyle(r, null)));
        menu.getItems().setAll(bold, dots, styles, colour, new SeparatorMenuItem(), clear);
    }

    private List<MenuItem> colourItems(String idPrefix) {
        List<MenuItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < SWATCHES.size(); i++) {
            Cmyk c = SWATCHES.get(i);
            MenuItem item = new MenuItem(Messages.get(SWATCH_KEYS[i]) + "  " + CharFormatting.colourName(c).substring(3),
                    swatch(c));
            item.setId(idPrefix + i);
            item.setOnAction(e -> onSelection.accept(r -> vm.colour(r, c)));
            items.add(item);
        }
        MenuItem custom = new MenuItem(Messages.get("story.colour.custom"));
        custom.setOnAction(e -> askColour().ifPresent(c -> onSelection.accept(r -> vm.colour(r, c))));
        items.add(custom);
        return items;
    }

    private static Rectangle swatch(Cmyk c) {
        Rectangle r = new Rectangle(12, 12, Color.web(StoryEditorView.rgb(c)));
        r.setStroke(Color.GREY);
        return r;
    }

    /** Four percentages typed in; a bad entry is said and nothing changes. */
    private Optional<Cmyk> askColour() {
        TextInputDialog d = new TextInputDialog("0 100 100 0");
        d.setHeaderText(Messages.get("story.colour.prompt"));
        d.setTitle(Messages.get("story.colour"));
        Optional<String> typed = d.showAndWait();
        if (typed.isEmpty()) return Optional.empty();
        try {
            return Optional.of(parse(typed.get()));
        } catch (IllegalArgumentException ex) {
            ErrorDialog.show(picker.getScene() == null ? null : picker.getScene().getWindow(),
                    Messages.get("story.colour"), Messages.get("story.colour.bad", typed.get()), "");
            return Optional.empty();
        }
    }

    /** "0 100 100 0" or "C0 M100 Y100 K0": four whole percentages. */
    static Cmyk parse(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+").matcher(text);
        List<Integer> inks = new java.util.ArrayList<>();
        while (m.find()) inks.add(Integer.parseInt(m.group()));
        if (inks.size() != 4) throw new IllegalArgumentException("not four inks: " + text);
        return new Cmyk(inks.get(0), inks.get(1), inks.get(2), inks.get(3));
    }
}
