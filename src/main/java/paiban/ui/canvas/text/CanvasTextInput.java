package paiban.ui.canvas.text;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import paiban.render.fx.ScreenTransform;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.canvas.FrameOutline;
import paiban.ui.canvas.Tool;
import paiban.ui.format.CharFormatMenus;
import paiban.ui.format.FormatTarget;

/**
 * Keys, mouse and input methods of text mode on the canvas, turned into
 * {@link CanvasTextModel} calls. The canvas's own behaviour asks
 * {@link #pressed}, {@link #dragged} and {@link #released} first and does
 * nothing with an event this class took. Double-click a text or headline
 * frame with the selection tool, or click one with the text tool, to
 * enter; Escape or a click outside the story leaves.
 */
public final class CanvasTextInput {
    /** Pointer slack for hitting a frame's edge, pixels. */
    private static final double SLOP = 4;

    private final CanvasViewModel vm;
    private final CanvasTextModel model;
    private final Canvas canvas;
    private final Supplier<ScreenTransform> transform;
    /** Scrolls the canvas by pixels, to keep the caret in view. */
    private final BiConsumer<Double, Double> scroll;
    /** True from a press that placed the caret until its release: a drag selects. */
    private boolean selecting;
    /** 粗体, 着重号, 字符样式 ▸, 颜色 ▸ on a right-click in the text: the story editor's menus, acting here. */
    private final CharFormatMenus formatMenus;

    public CanvasTextInput(CanvasViewModel vm, Canvas canvas, Supplier<ScreenTransform> transform,
                           BiConsumer<Double, Double> scroll) {
        this.vm = vm;
        this.scroll = scroll;
        this.model = vm.text();
        this.canvas = canvas;
        this.transform = transform;
        this.formatMenus = new CharFormatMenus("canvas", new FormatTarget() {
            @Override public boolean format(Formatting f) { return model.format(f); }

            @Override public List<String> charStyleNames() { return model.charStyleNames(); }
        });
    }

    /** The text mode's formatting menus (its context menu). */
    public CharFormatMenus formatMenus() { return formatMenus; }

    /** Listens for keys, typed characters and input-method text on the canvas. */
    public void install() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        CanvasInputMethod requests = new CanvasInputMethod(model, canvas, transform);
        model.caretProperty().addListener((o, old, now) -> {
            if (now == null && canvas.getCursor() == Cursor.TEXT) canvas.setCursor(restingCursor());
            if ((old == null) != (now == null)) inputMethodFor(now != null, requests);
        });
    }

    /**
     * Takes input-method text only in text mode: with a Chinese input method
     * on, the single-letter tool keys (V, T, H …) must reach the canvas, not
     * the candidate window.
     */
    private void inputMethodFor(boolean on, CanvasInputMethod requests) {
        canvas.setInputMethodRequests(on ? requests : null);
        canvas.setOnInputMethodTextChanged(on ? this::inputMethod : null);
        // JavaFX asks the focus owner whether it takes input-method text only when focus moves to it
        if (canvas.isFocused() && canvas.getParent() != null) {
            canvas.getParent().requestFocus();
            canvas.requestFocus();
        }
    }

    private int x(MouseEvent e) { return (int) Math.round(transform.get().pageX(e.getX())); }

    private int y(MouseEvent e) { return (int) Math.round(transform.get().pageY(e.getY())); }

    private int slop() { return (int) Math.round(SLOP / transform.get().scale()); }

    /** @return true when text mode took the press */
    public boolean pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return false;
        canvas.requestFocus();
        int x = x(e), y = y(e), slop = slop();
        if (model.active()) {
            boolean took = e.getClickCount() == 2 ? model.selectWordAt(x, y, slop)
                    : e.getClickCount() >= 3 ? model.selectParagraphAt(x, y, slop)
                    : model.pointAt(x, y, slop, e.isShiftDown());
            if (took) {
                selecting = true;
                return true;
            }
            model.leave();
            return false;
        }
        Tool tool = vm.toolProperty().get();
        // a click with a modifier is a selection gesture (Shift, Ctrl+click into a group), never a way into the text
        boolean plain = !e.isShiftDown() && !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown();
        if (plain && ((tool == Tool.SELECT && e.getClickCount() >= 2) || tool == Tool.TEXT)) {
            Optional<FrameOutline> f = vm.frameAt(x, y, slop).filter(o -> CanvasTextModel.holdsText(o.kind()));
            if (f.isPresent() && model.enter(f.get().frameId(), x, y)) {
                selecting = true;
                canvas.setCursor(Cursor.TEXT);
                return true;
            }
        }
        return false;
    }

    public boolean dragged(MouseEvent e) {
        if (!selecting || !model.active()) return false;
        model.dragTo(x(e), y(e));
        return true;
    }

    public boolean released(MouseEvent e) {
        if (!selecting) return false;
        selecting = false;
        return true;
    }

    /** The I-beam over frames that take text, in text mode and with the text tool. */
    private void moved(MouseEvent e) {
        if (!model.active() && vm.toolProperty().get() != Tool.TEXT) return;
        boolean overText = vm.frameAt(x(e), y(e), slop()).map(o -> CanvasTextModel.holdsText(o.kind())).orElse(false);
        if (overText) canvas.setCursor(Cursor.TEXT);
        else if (canvas.getCursor() == Cursor.TEXT) canvas.setCursor(restingCursor());
    }

    private Cursor restingCursor() {
        return vm.toolProperty().get() == Tool.SELECT ? Cursor.DEFAULT : Cursor.CROSSHAIR;
    }

    private void keyPressed(KeyEvent e) {
        if (!model.active()) return;
        boolean shift = e.isShiftDown(), shortcut = e.isShortcutDown();
        KeyCode code = e.getCode();
        switch (code) {
            case ESCAPE -> model.leave();
            // in vertical text (竖排) the keys follow the reading direction: down the column, columns leftwards
            case LEFT, KP_LEFT -> { if (model.caretInVerticalText()) model.vertical(1, shift); else model.left(shift); }
            case RIGHT, KP_RIGHT -> { if (model.caretInVerticalText()) model.vertical(-1, shift); else model.right(shift); }
            case UP, KP_UP -> { if (model.caretInVerticalText()) model.left(shift); else model.vertical(-1, shift); }
            case DOWN, KP_DOWN -> { if (model.caretInVerticalText()) model.right(shift); else model.vertical(1, shift); }
            case HOME -> { if (shortcut) model.storyEdge(false, shift); else model.lineEdge(false, shift); }
            case END -> { if (shortcut) model.storyEdge(true, shift); else model.lineEdge(true, shift); }
            case BACK_SPACE -> model.deleteBackward();
            case DELETE -> model.deleteForward();
            case ENTER -> { if (shift) model.lineBreak(); else model.newParagraph(); }
            default -> {
                if (shortcut && !e.isAltDown()) {
                    switch (code) {
                        case A -> CanvasClipboard.selectAll(model);
                        case C -> CanvasClipboard.copy(model);
                        case X -> CanvasClipboard.cut(model);
                        case V -> CanvasClipboard.paste(model);
                        case B -> model.toggleBold();
                        default -> { return; } // undo, save … stay the menus'
                    }
                } else if (e.isAltDown() || code.isFunctionKey() || code == KeyCode.PAGE_UP || code == KeyCode.PAGE_DOWN) {
                    return;
                }
                // any other key is text, not a tool's shortcut: its character comes as KEY_TYPED
            }
        }
        e.consume();
        keepCaretInView();
    }

    /** Right-click (or the menu key) in text mode: the character formatting menu, at the pointer or the caret. */
    private void contextMenu(ContextMenuEvent e) {
        if (!model.active()) return;
        double x = e.getScreenX(), y = e.getScreenY();
        if (e.isKeyboardTrigger()) {
            var place = model.caretPlace();
            if (place.isPresent()) {
                ScreenTransform at = transform.get();
                var p = canvas.localToScreen(at.x(place.get().x()), at.y(place.get().bottom()));
                if (p != null) { x = p.getX(); y = p.getY(); }
            }
        }
        formatMenus.contextMenu().show(canvas, x, y);
        e.consume();
    }

    /** Scrolls a zoomed-in page so the caret (moved by a key, or by typing to another line) stays on screen. */
    private void keepCaretInView() {
        model.caretPlace().ifPresent(p -> {
            ScreenTransform at = transform.get();
            double margin = 24;
            double x = at.x(p.x()), top = at.y(p.top()), bottom = at.y(p.bottom());
            double w = canvas.getWidth(), h = canvas.getHeight();
            double dx = x < margin ? x - margin : x > w - margin ? x - (w - margin) : 0;
            double dy = top < margin ? top - margin : bottom > h - margin ? bottom - (h - margin) : 0;
            if (dx != 0 || dy != 0) scroll.accept(dx, dy);
        });
    }

    private void keyTyped(KeyEvent e) {
        if (!model.active()) return;
        String ch = e.getCharacter();
        if (ch == null || ch.isEmpty() || ch.equals(KeyEvent.CHAR_UNDEFINED)) return;
        // Ctrl+letter types nothing; AltGr (Ctrl+Alt on Windows) does
        if ((e.isControlDown() && !e.isAltDown()) || e.isMetaDown()) return;
        for (int i = 0; i < ch.length(); i++) {
            char c = ch.charAt(i);
            if (c < 0x20 || c == 0x7f) return;
        }
        model.type(ch);
        e.consume();
        keepCaretInView();
    }

    private void inputMethod(InputMethodEvent e) {
        if (!model.active()) return;
        if (!e.getCommitted().isEmpty()) model.type(e.getCommitted());
        model.compose(e.getComposed().stream().map(InputMethodTextRun::getText).collect(Collectors.joining()));
        e.consume();
    }
}
