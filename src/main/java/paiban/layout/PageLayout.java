package paiban.layout;

import java.util.List;

/**
 * The composed page: everything to print, in drawing order, and the frame
 * information the editor overlays.
 *
 * @param number 1-based page number at layout time
 * @param name   the page's name in jump lines (第三版 / A3版)
 * @param width  trim width, millipoints
 * @param height trim height, millipoints
 */
public record PageLayout(String pageId, int number, String name, int width, int height,
                         List<Mark> marks, List<FrameInfo> frames) {
    public PageLayout {
        marks = List.copyOf(marks);
        frames = List.copyOf(frames);
    }

    /** All text lines on the page, in drawing order. */
    public List<LineBox> lines() {
        return marks.stream().filter(m -> m instanceof LineBox).map(m -> (LineBox) m).toList();
    }
}
