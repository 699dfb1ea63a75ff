package paiban.ui.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import paiban.edit.CharFormatting;
import paiban.model.style.Cmyk;
import paiban.ui.ErrorDialog;
import paiban.ui.Messages;

/**
 * Character formatting of a selection, for the story editor and the canvas's
 * text mode alike: a picker of the edition's character styles (its first entry
 * takes them off), a colour menu of process colours (and any C M Y K typed in),
 * and a context menu with 粗体 (Ctrl+B), 着重号, 字符样式 ▸, 颜色 ▸ and 清除.
 * Each choice is one undo step through the {@link FormatTarget}. The controls'
 * ids start with the prefix given ({@code story-char-style}, {@code canvas-colour-0} …).
 */
public final class CharFormatMenus {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    private final String prefix;
    private final FormatTarget target;
    private final ComboBox<String> picker = new ComboBox<>();
    private final MenuButton colours = new MenuButton();
    private final ContextMenu menu = new ContextMenu();
    private boolean updating;

    public CharFormatMenus(String prefix, FormatTarget target) {
        this.prefix = prefix;
        this.target = target;
        picker.setId(prefix + "-char-style");
        picker.setFocusTraversable(false);
        picker.setVisibleRowCount(16);
        picker.setOnAction(e -> {
            if (updating || picker.getValue() == null) return;
            String chosen = picker.getValue();
            String style = chosen.equals(none()) ? null : chosen;
            target.format((ed, story, r) -> CharFormatting.apply(ed, story, r, style));
            reset();
        });
        // the style names may have changed since the picker was filled: a style made in the style panel shows at once
        picker.setOnShowing(e -> { if (!picker.getItems().subList(1, picker.getItems().size()).equals(target.charStyleNames())) rebuild(); });
        colours.setId(prefix + "-colour");
        colours.setFocusTraversable(false);
        menu.setId(prefix + "-format-menu");
        rebuild();
    }

    /** The 字符样式 picker. */
    public ComboBox<String> picker() { return picker; }

    /** The 颜色 menu button. */
    public MenuButton colours() { return colours; }

    /** The context menu: 粗体, 着重号, 字符样式 ▸, 颜色 ▸, 清除字符样式 (filled each time it shows). */
    public ContextMenu contextMenu() {
        rebuildMenu();
        return menu;
    }

    /** Fills the picker and menus again: the style names changed, or the interface language. */
    public void rebuild() {
        updating = true;
        try {
            picker.getItems().setAll(none());
            picker.getItems().addAll(target.charStyleNames());
            picker.setPromptText(Messages.get("story.charStyle"));
            picker.setValue(null);
        } finally {
            updating = false;
        }
        colours.setText(Messages.get("story.colour"));
        colours.getItems().setAll(colourItems(prefix + "-colour-"));
        rebuildMenu();
    }

    private void rebuildMenu() {
        MenuItem bold = new MenuItem(Messages.get("story.bold"));
        bold.setId(prefix + "-menu-bold");
        bold.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        bold.setOnAction(e -> target.format(CharFormatting::toggleBold));
        MenuItem dots = new MenuItem(Messages.get("story.emphasisDots"));
        dots.setId(prefix + "-menu-dots");
        dots.setOnAction(e -> target.format(CharFormatting::toggleEmphasis));
        Menu styles = new Menu(Messages.get("story.charStyle"));
        styles.setId(prefix + "-menu-styles");
        List<String> names = target.charStyleNames();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            MenuItem item = new MenuItem(name);
            item.setId(prefix + "-menu-style-" + i);
            item.setOnAction(e -> target.format((ed, story, r) -> CharFormatting.apply(ed, story, r, name)));
            styles.getItems().add(item);
        }
        Menu colour = new Menu(Messages.get("story.colour"));
        colour.setId(prefix + "-menu-colour");
        colour.getItems().setAll(colourItems(prefix + "-menu-colour-"));
        MenuItem clear = new MenuItem(Messages.get("story.clearFormatting"));
        clear.setId(prefix + "-menu-clear");
        clear.setOnAction(e -> target.format((ed, story, r) -> CharFormatting.apply(ed, story, r, null)));
        menu.getItems().setAll(bold, dots, styles, colour, new SeparatorMenuItem(), clear);
    }

    private String none() { return Messages.get("story.charStyle.none"); }

    private void reset() {
        updating = true;
        try {
            picker.setValue(null);
        } finally {
            updating = false;
        }
    }

    private List<MenuItem> colourItems(String idPrefix) {
        List<MenuItem> items = new ArrayList<>();
        for (int i = 0; i < ColourSwatches.COLOURS.size(); i++) {
            Cmyk c = ColourSwatches.COLOURS.get(i);
            MenuItem item = new MenuItem(ColourSwatches.name(i) + "  " + CharFormatting.colourName(c).substring(3), swatch(c));
            item.setId(idPrefix + i);
            item.setOnAction(e -> target.format((ed, story, r) -> CharFormatting.colour(ed, story, r, c)));
            items.add(item);
        }
        MenuItem custom = new MenuItem(Messages.get("story.colour.custom"));
        custom.setId(idPrefix + "custom");
        custom.setOnAction(e -> askColour().ifPresent(c -> target.format((ed, story, r) -> CharFormatting.colour(ed, story, r, c))));
        items.add(custom);
        return items;
    }

    private static Rectangle swatch(Cmyk c) {
        Rectangle r = new Rectangle(12, 12, Color.web(ColourSwatches.rgb(c)));
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
    public static Cmyk parse(String text) {
        Matcher m = NUMBER.matcher(text);
        List<Integer> inks = new ArrayList<>();
        while (m.find()) inks.add(Integer.parseInt(m.group()));
        if (inks.size() != 4) throw new IllegalArgumentException("not four inks: " + text);
        return new Cmyk(inks.get(0), inks.get(1), inks.get(2), inks.get(3));
    }
}
