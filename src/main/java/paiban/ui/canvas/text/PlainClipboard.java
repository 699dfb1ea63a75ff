package paiban.ui.canvas.text;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Plain text to and from the system clipboard; where there is none (a
 * headless session) the text stays in this object, so cut and paste still
 * work within the editor.
 */
final class PlainClipboard {
    private static final System.Logger LOG = paiban.log.Log.of(PlainClipboard.class);
    private String local = "";

    void put(String text) {
        local = text;
        try {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "no system clipboard", e);
            // no system clipboard: the local copy serves
        }
    }

    String get() {
        try {
            String s = Clipboard.getSystemClipboard().getString();
            if (s != null) return s;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "no system clipboard", e);
            // no system clipboard: the local copy serves
        }
        return local;
    }
}
