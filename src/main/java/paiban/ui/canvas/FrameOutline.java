package paiban.ui.canvas;

import paiban.layout.FrameKind;
import paiban.model.Rect;

/**
 * What the canvas draws over a frame: its outline by kind, and the red
 * 超 N 字 marker when its story does not fit.
 */
public record FrameOutline(String frameId, FrameKind kind, Rect bounds, int oversetChars, boolean locked) {
}
