package paiban.ui.canvas;

import javafx.scene.input.KeyCode;
import paiban.layout.FrameKind;

/** What a drag on the canvas does: select and move, or draw a frame of a kind. */
public enum Tool {
    SELECT(null, KeyCode.V),
    TEXT(FrameKind.TEXT, KeyCode.T),
    HEADLINE(FrameKind.HEADLINE, KeyCode.H),
    IMAGE(FrameKind.IMAGE, KeyCode.P),
    RULE(FrameKind.RULE, KeyCode.L),
    AD(FrameKind.AD, KeyCode.A),
    /** A table frame of three columns and three rows (表格). */
    TABLE(FrameKind.TABLE, KeyCode.B),
    /** Click frame A, then frame B (on this page or another): the story of A continues in B. */
    THREAD(null, KeyCode.Y);

    private final FrameKind draws;
    private final KeyCode key;

    Tool(FrameKind draws, KeyCode key) {
        this.draws = draws;
        this.key = key;
    }

    /** The kind of frame this tool draws; null for the selection and thread tools. */
    public FrameKind draws() { return draws; }

    /** The single key that picks the tool, as in common DTP tools (V, T …). */
    public KeyCode key() { return key; }
}
