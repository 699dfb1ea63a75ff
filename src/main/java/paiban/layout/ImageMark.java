package paiban.layout;

import java.nio.file.Path;

import paiban.model.Rect;

/**
 * A placed image: drawn at {@code placement} (which may exceed the frame)
 * and clipped to {@code clip}, the frame. {@code file} is absolute, or null
 * when the image is missing and only its frame can be drawn. The picture is
 * turned {@code rotation} quarter turns clockwise; {@code placement} is the
 * turned picture as it lies on the page (a quarter turn: the file's height
 * runs across). Screen and PDF both draw from this one record.
 */
public record ImageMark(String frameId, Path file, Rect clip, Rect placement, int rotation) implements Mark {
    public ImageMark {
        rotation = Math.floorMod(rotation, 4);
    }

    /** Upright. */
    public ImageMark(String frameId, Path file, Rect clip, Rect placement) {
        this(frameId, file, clip, placement, 0);
    }
}
