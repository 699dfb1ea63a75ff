package paiban.ui.canvas.text;

/**
 * Cut, copy, paste and select all of the canvas's text mode: the keys of
 * {@link CanvasTextInput} and the 编辑 menu call these, so both do the same.
 * One clipboard for the whole editor: where the system's is missing
 * (headless), text cut by a key can be pasted from the menu and back.
 */
public final class CanvasClipboard {
    private static final PlainClipboard CLIPBOARD = new PlainClipboard();

    private CanvasClipboard() {}

    /** The whole story, overset text too. */
    public static void selectAll(CanvasTextModel text) {
        text.selectAll();
    }

    public static void copy(CanvasTextModel text) {
        if (text.caret() != null && text.caret().hasSelection()) CLIPBOARD.put(text.selectedText());
    }

    /** One undo step. */
    public static void cut(CanvasTextModel text) {
        if (text.caret() != null && text.caret().hasSelection()) CLIPBOARD.put(text.cut());
    }

    /** Plain text at the caret, line ends as paragraphs; one undo step. */
    public static void paste(CanvasTextModel text) {
        text.paste(CLIPBOARD.get());
    }
}
