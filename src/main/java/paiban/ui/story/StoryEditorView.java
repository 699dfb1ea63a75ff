package paiban.ui.story;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.NavigationActions;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.Nodes;
import paiban.font.FontLibrary;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.ParagraphStyle;
import paiban.render.fx.FxFonts;
import paiban.ui.Messages;
import paiban.ui.format.CharFormatMenus;
import paiban.ui.format.ColourSwatches;
import paiban.ui.format.FormatTarget;

/**
 * The story editor: a RichTextFX area holding the shown story as a galley,
 * each paragraph tagged with its style's name and colour and set in its
 * family; a style picker; the live copyfit. Typing goes to the view model
 * as the whole paragraph list after each change, the model's changes come
 * back as a patch of only the paragraphs that differ. While a patch is
 * applied the area's own change events are ignored, so nothing loops.
 * Input methods are the area's own; only while one composes (pinyin in
 * the area, not yet chosen) the story waits for the committed text.
 */
public final class StoryEditorView extends VBox {
    /** Galley size of body text, pixels; headline styles grow up to 1.6 times. */
    static final double BODY_PIXELS = 14;

    private final StoryEditorViewModel vm;
    private final StyledTextArea<String, String> area;
    private final ComboBox<String> stylePicker = new ComboBox<>();
    private final Label copyfit = new Label();
    private final Label title = new Label();
    /** True while the model's state is written into the area: its change events are ours, not the user's. */
    private boolean updating;
    private String shownStoryId;
    /** True while an input method's composition sits in the area uncommitted. */
    private boolean composing;
    /** An edit made elsewhere (the canvas, a panel), shown here once the document has been still 150 ms. */
    private final paiban.ui.WhenStill later = new paiban.ui.WhenStill(javafx.util.Duration.millis(150), this::showLatest);

    private final Label styleLabel = new Label();
    /** The character style at the caret and what it sets ("字符：小标宋红 标宋 五号 红"). */
    private final Label runLabel = new Label();
    private final CharFormatMenus charTools;

    public StoryEditorView(StoryEditorViewModel vm) {
        this.vm = vm;
        getStyleClass().add("story-editor");
        area = new StyledTextArea<>("正文", this::styleParagraph, StoryText.PLAIN, this::styleText);
        area.setId("story-area");
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setParagraphGraphicFactory(this::tag);
        area.setPadding(new Insets(4, 6, 4, 2));
        // undo and redo are the document's: one history for canvas and text
        Nodes.addInputMap(area, sequence(
                consume(keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), e -> vm.history().undo()),
                consume(keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), e -> vm.history().redo()),
                consume(keyPressed(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), e -> vm.history().redo()),
                consume(keyPressed(KeyCode.B, KeyCombination.SHORTCUT_DOWN), e -> format(vm::toggleBold)),
                // Shift+Enter: a line break in the paragraph, shown as ↵ (StoryText.LINE_BREAK_MARK)
                consume(keyPressed(KeyCode.ENTER, KeyCombination.SHIFT_DOWN),
                        e -> area.replaceSelection(String.valueOf(StoryText.LINE_BREAK_MARK))),
                consume(keyPressed(KeyCode.END), e -> toLineEnd(NavigationActions.SelectionPolicy.CLEAR)),
                consume(keyPressed(KeyCode.END, KeyCombination.SHIFT_DOWN), e -> toLineEnd(NavigationActions.SelectionPolicy.ADJUST))));
        // with no story shown the area is disabled and takes no focus: a click there must still take the
        // focus from the canvas, or the keys typed next (Delete, the tool letters) act on the page
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            // whatever the press starts (a caret, the style picker) works on the story as it is now
            showNow();
            if (area.isDisabled()) requestFocus();
        });
        area.focusedProperty().addListener((o, was, now) -> {
            if (now) showNow();
        });
        // while an input method composes (pinyin not yet chosen), the area holds text the story must not get
        area.addEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, e -> composing = !e.getComposed().isEmpty());
        area.multiRichChanges().subscribe(changes -> {
            if (!updating && !composing && vm.story() != null) vm.edit(StoryText.fromEditor(area.getDocument()));
        });
        area.currentParagraphProperty().addListener((o, old, now) -> showStyleAtCaret());
        area.caretPositionProperty().addListener((o, old, now) -> showRunAtCaret());
        area.selectionProperty().addListener((o, old, now) -> showRunAtCaret());

        title.setId("story-title");
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(vm.titleProperty());
        title.setMinWidth(0);
        copyfit.setId("story-copyfit");
        copyfit.getStyleClass().add("story-copyfit");
        copyfit.textProperty().bind(vm.copyfitProperty());
        vm.oversetProperty().addListener((o, old, now) -> markOverset(now));
        markOverset(vm.oversetProperty().get());
        stylePicker.setId("story-style");
        stylePicker.setItems(vm.styleNames());
        stylePicker.setVisibleRowCount(16);
        stylePicker.setFocusTraversable(false);
        stylePicker.setOnAction(e -> {
            if (updating || stylePicker.getValue() == null) return;
            var sel = area.getCaretSelectionBind();
            vm.restyle(sel.getStartParagraphIndex(), sel.getEndParagraphIndex(), stylePicker.getValue());
            area.requestFocus();
        });
        styleLabel.setText(Messages.get("story.style"));
        charTools = new CharFormatMenus("story", new FormatTarget() {
            @Override public boolean format(Formatting f) { return StoryEditorView.this.format(r -> vm.format(r, f)); }

            @Override public List<String> charStyleNames() { return vm.charStyleNames(); }
        });
        vm.charStyleNames().addListener((javafx.collections.ListChangeListener<String>) c -> charTools.rebuild());
        area.setContextMenu(charTools.contextMenu());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        runLabel.setId("story-run");
        runLabel.getStyleClass().add("story-run");
        runLabel.setMinWidth(0);
        // the bar's controls keep their width; the story title and the run shown give way on a narrow editor
        for (Region r : List.of(styleLabel, stylePicker, charTools.picker(), charTools.colours(), copyfit)) r.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, title, styleLabel, stylePicker, charTools.picker(), charTools.colours(), runLabel, spring, copyfit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 10, 2, 0));
        VirtualizedScrollPane<StyledTextArea<String, String>> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(bar, scroll);

        // another story is shown at once; the same story edited (a new object: typing, undo, restyle, placed
        // text) is patched in at once while the designer works in this editor, else once the document has been
        // still a moment, so typing on the page does not also lay this editor out at every keystroke
        vm.storyProperty().addListener((o, old, now) -> {
            if (old != null && now != null && old.id().equals(now.id())) showSoon();
            else show(now);
        });
        vm.document().editionProperty().addListener((o, old, now) -> showSoon());
        show(vm.story());
        // a click on a frame of the story brings its part of the text into view
        vm.frameStartProperty().addListener((o, old, now) -> {
            if (now != null) showParagraph(now.paragraph(), now.offset());
        });
    }

    /** The bar's label in the current interface language (title and copyfit follow the view model). */
    public void relabel() {
        styleLabel.setText(Messages.get("story.style"));
        charTools.rebuild();
    }

    /** The character style picker and the colour menu of the bar. */
    public CharFormatMenus charStyleTools() { return charTools; }

    /**
     * Runs a formatting of the selection as one undo step and keeps the selection on
     * the same characters, so Ctrl+B then a colour act on one stretch of text.
     */
    private boolean format(java.util.function.Function<paiban.edit.CharFormatting.Range, Boolean> action) {
        if (vm.story() == null) return false;
        var sel = area.getCaretSelectionBind();
        var range = new paiban.edit.CharFormatting.Range(sel.getStartParagraphIndex(), sel.getStartColumnPosition(),
                sel.getEndParagraphIndex(), sel.getEndColumnPosition());
        int start = area.getSelection().getStart(), end = area.getSelection().getEnd();
        boolean done = action.apply(range);
        if (done) area.selectRange(Math.min(start, area.getLength()), Math.min(end, area.getLength()));
        area.requestFocus();
        return done;
    }

    public StyledTextArea<String, String> area() { return area; }

    public ComboBox<String> stylePicker() { return stylePicker; }

    public Label copyfitLabel() { return copyfit; }

    private void markOverset(boolean over) {
        copyfit.getStyleClass().remove("story-overset");
        if (over) copyfit.getStyleClass().add("story-overset");
    }

    /**
     * End: to the end of the caret's line. RichTextFX stops a wrapped line
     * before its last character, right for Latin text wrapped at a space but
     * one character short for Chinese, which wraps between characters: there
     * the end is after the last character, where typing should go.
     */
    private void toLineEnd(NavigationActions.SelectionPolicy policy) {
        area.lineEnd(policy);
        int p = area.getCurrentParagraph(), col = area.getCaretColumn();
        String text = area.getParagraph(p).getText();
        if (col < text.length() && !Character.isWhitespace(text.charAt(col))
                && area.lineIndex(p, col + 1) > area.lineIndex(p, col)) {
            area.moveTo(p, col + 1, policy);
        }
    }

    /**
     * The canvas's caret in story {@code storyId}: this editor's caret goes to
     * the same place (its focus stays where it is), so the style picker is
     * the paragraph's being typed in on the canvas.
     */
    public void followCaret(String storyId, int paragraph, int offset) {
        if (vm.story() == null || !vm.story().id().equals(storyId) || paragraph >= area.getParagraphs().size()) return;
        area.moveTo(paragraph, Math.min(offset, area.getParagraphLength(paragraph)));
        area.requestFollowCaret();
        showStyleAtCaret();
    }

    /** Puts the caret at a paragraph of the story (where a frame's text starts) and shows it at the top. */
    public void showParagraph(int paragraph, int offset) {
        showNow();
        if (vm.story() == null || paragraph < 0 || paragraph >= area.getParagraphs().size()) return;
        area.moveTo(paragraph, Math.min(offset, area.getParagraphLength(paragraph)));
        area.showParagraphAtTop(paragraph);
    }

    /**
     * The story's latest state: now while this editor has the focus, applies a format of its own or is not
     * on screen, else when the document is still.
     */
    private void showSoon() {
        javafx.scene.Scene scene = area.getScene();
        if (area.isFocused() || vm.applyingOwnEdit() || scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            show(vm.story());
        } else {
            later.ask();
        }
    }

    /** Shows the story's latest state now if an edit made elsewhere is still waiting to be shown. */
    public void showNow() {
        later.now();
    }

    private void showLatest() {
        show(vm.story());
    }

    /** Brings the area in line with the story, touching only paragraphs that differ. */
    private void show(Story story) {
        later.cancel();
        if (composing) return; // the commit that ends the composition sends the whole text anyway
        updating = true;
        try {
            if (story == null) {
                shownStoryId = null;
                area.clear();
                area.setDisable(true);
                stylePicker.setValue(null);
                stylePicker.setDisable(true);
                return;
            }
            area.setDisable(false);
            stylePicker.setDisable(false);
            if (!story.id().equals(shownStoryId)) {
                shownStoryId = story.id();
                area.replace(0, area.getLength(), StoryText.toEditor(story.paragraphs()));
                area.moveTo(0);
                area.showParagraphAtTop(0);
            } else {
                patch(story.paragraphs());
            }
        } finally {
            updating = false;
        }
        showStyleAtCaret();
        showRunAtCaret();
    }

    private void patch(List<Paragraph> model) {
        List<Paragraph> shown = StoryText.fromEditor(area.getDocument());
        if (model.isEmpty()) {
            if (shown.size() != 1 || !shown.get(0).text().isEmpty()) area.replace(0, area.getLength(), StoryText.toEditor(model));
            return;
        }
        int n = model.size(), m = shown.size();
        int pre = 0;
        while (pre < n && pre < m && StoryText.same(model.get(pre), shown.get(pre))) pre++;
        if (pre == n && pre == m) return;
        int suf = 0;
        while (suf < n - pre && suf < m - pre && StoryText.same(model.get(n - 1 - suf), shown.get(m - 1 - suf))) suf++;
        int caret = area.getCaretPosition();
        // widen to at least one paragraph on each side, so a replacement never has to invent a paragraph break
        int from = pre, shownEnd = m - suf, modelEnd = n - suf;
        if (shownEnd == from || modelEnd == from) {
            if (from > 0) from--;
            else { shownEnd = Math.min(m, shownEnd + 1); modelEnd = Math.min(n, modelEnd + 1); }
        }
        if (shownEnd == from || modelEnd == from) {
            area.replace(0, area.getLength(), StoryText.toEditor(model));
        } else {
            int start = area.getAbsolutePosition(from, 0);
            int end = area.getAbsolutePosition(shownEnd - 1, area.getParagraphLength(shownEnd - 1));
            area.replace(start, end, StoryText.toEditor(model.subList(from, modelEnd)));
            for (int i = from; i < modelEnd; i++) {
                String style = model.get(i).style();
                if (!style.equals(area.getParagraph(i).getParagraphStyle())) area.setParagraphStyle(i, style);
            }
        }
        area.moveTo(Math.min(caret, area.getLength()));
    }

    /** The run under the caret (or at the start of the selection): its style's name and what it sets. */
    private void showRunAtCaret() {
        var story = vm.story();
        String text = "";
        if (story != null && !story.paragraphs().isEmpty()) {
            var sel = area.getCaretSelectionBind();
            int p = sel.getStartParagraphIndex();
            int col = area.getSelection().getLength() > 0 ? sel.getStartColumnPosition() : Math.max(0, area.getCaretColumn() - 1);
            if (p < story.paragraphs().size()) {
                String name = story.paragraphs().get(p).charStyleAt(col);
                if (name != null) {
                    String what = vm.styles().charStyle(name).map(paiban.ui.format.CharStyleSummary::of).orElse("");
                    text = Messages.get("story.run", what.isEmpty() ? name : name + "（" + what + "）");
                }
            }
        }
        runLabel.setText(text);
        runLabel.setTooltip(text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
    }

    /** The character style the caret is in, as the bar shows it ("" outside any run). */
    public String runAtCaret() { return runLabel.getText(); }

    private void showStyleAtCaret() {
        updating = true;
        try {
            stylePicker.setValue(vm.story() == null ? null : area.getParagraph(area.getCurrentParagraph()).getParagraphStyle());
        } finally {
            updating = false;
        }
    }

    /** The tag left of each paragraph: its style's name on the style's colour. */
    private Node tag(int paragraph) {
        if (vm.story() == null) return new Region(); // an empty, disabled area shows no tag
        String style = paragraph < area.getParagraphs().size() ? area.getParagraph(paragraph).getParagraphStyle() : vm.styles().body().name();
        Label tag = new Label(style);
        tag.getStyleClass().add("style-tag");
        tag.setStyle("-fx-background-color: " + StyleTags.color(vm.styles(), style) + ";");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        tag.setPrefWidth(58);
        tag.setMaxWidth(58);
        HBox box = new HBox(tag);
        box.setPadding(new Insets(2, 6, 0, 0));
        return box;
    }

    /** Each paragraph in its style's family and weight, headlines larger, marked by a bar of the tag's colour. */
    private void styleParagraph(TextFlow flow, String styleName) {
        ParagraphStyle style = vm.paragraphStyle(styleName);
        FontLibrary fonts = FontLibrary.shared();
        String file = fonts.faceName(style.family(), false);
        String family = FxFonts.family(fonts.directory().resolve(file + ".ttf"));
        FxFonts.registeredName(fonts.directory().resolve(fonts.faceName(style.family(), true) + ".ttf"));
        double scale = Math.max(1.0, Math.min(1.6, style.size() / 9000.0));
        flow.setStyle(String.format(Locale.ROOT,
                "-fx-font-family: \"%s\"; -fx-font-size: %.1fpx; -fx-font-weight: %s; "
                        + "-fx-border-color: transparent transparent transparent %s; -fx-border-width: 0 0 0 3; -fx-padding: 1 0 3 6;",
                family, BODY_PIXELS * scale, style.bold() ? "bold" : "normal", StyleTags.color(vm.styles(), styleName)));
    }

    /**
     * Scales a run's text about its centre, but only while it sits on one line:
     * a run wrapped over two lines would be pulled across its neighbours.
     */
    private static void scale(TextExt text, double h, double v) {
        text.getProperties().put(SCALE, new double[] {h, v});
        if (text.getProperties().putIfAbsent(SCALE_WATCHED, Boolean.TRUE) == null) {
            text.layoutBoundsProperty().addListener(o -> applyScale(text));
        }
        applyScale(text);
    }

    private static void applyScale(TextExt text) {
        double[] hv = (double[]) text.getProperties().get(SCALE);
        boolean oneLine = text.getLayoutBounds().getHeight() < 1.8 * text.getFont().getSize();
        text.setScaleX(oneLine ? hv[0] : 1);
        text.setScaleY(oneLine ? hv[1] : 1);
    }

    private static final String SCALE = "paiban.scale", SCALE_WATCHED = "paiban.scaleWatched";

    /** Character runs: family, bold, colour, size and 长体/扁体 of their character style. */
    private void styleText(TextExt text, String charStyle) {
        if (charStyle == null || charStyle.isEmpty()) {
            text.setStyle("");
            scale(text, 1, 1);
            return;
        }
        CharStyle cs = vm.document().edition().styles().charStyle(charStyle).orElse(null);
        StringBuilder css = new StringBuilder();
        if (cs != null && cs.family() != null) {
            FontLibrary fonts = FontLibrary.shared();
            boolean bold = Boolean.TRUE.equals(cs.bold());
            Path file = fonts.directory().resolve(fonts.faceName(cs.family(), bold) + ".ttf");
            FxFonts.registeredName(file);
            css.append("-fx-font-family: \"").append(FxFonts.family(file)).append("\"; ");
        }
        if (cs == null || Boolean.TRUE.equals(cs.bold())) css.append("-fx-font-weight: bold; ");
        if (cs != null && cs.color() != null && !cs.color().equals(Cmyk.BLACK)) css.append("-fx-fill: ").append(ColourSwatches.rgb(cs.color())).append("; ");
        if (cs != null && cs.size() != null) {
            // the galley shows a run's size against the body text's, within what a galley line can hold
            double ratio = Math.max(0.6, Math.min(2.2, cs.size() / (double) vm.styles().body().size()));
            css.append(String.format(Locale.ROOT, "-fx-font-size: %.1fpx; ", BODY_PIXELS * ratio));
        }
        double h = 1, v = 1;
        if (cs != null && (cs.horizontalScale() != null || cs.verticalScale() != null)) {
            // 长体/扁体: the run's glyphs drawn narrower or flatter in their room (wider than 100 % would overlap)
            h = cs.horizontalScale() == null ? 1 : Math.min(1, cs.horizontalScale() / 100.0);
            v = cs.verticalScale() == null ? 1 : Math.min(1, cs.verticalScale() / 100.0);
        }
        scale(text, h, v);
        css.append("-fx-underline: ").append(cs == null).append(";");
        text.setStyle(css.toString());
    }

}
