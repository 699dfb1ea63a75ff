package paiban.layout;

import java.util.List;

import paiban.model.Rect;

/**
 * What the editor and preflight need to know about a frame after layout;
 * not printed.
 *
 * @param storyId      story threaded through the frame, "" for none
 * @param chainIndex   position of the frame in its story's chain, -1 for none
 * @param columns      text column rectangles
 * @param linesUsed    grid lines holding text
 * @param linesLeft    grid lines still free (空 N 行)
 * @param charsSet     characters of the story set in this frame
 * @param oversetChars characters of the story that fit no frame, shown on its last frame (超 N 字)
 */
public record FrameInfo(String frameId, FrameKind kind, Rect bounds, String storyId, int chainIndex,
                        List<Rect> columns, int linesUsed, int linesLeft, int charsSet, int oversetChars) {
    public FrameInfo {
        columns = List.copyOf(columns);
        if (storyId == null) storyId = "";
    }
}
