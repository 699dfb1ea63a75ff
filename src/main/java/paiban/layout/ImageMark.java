package paiban.layout;

import java.nio.file.Path;

import paiban.model.Rect;

/**
 * A placed image: drawn at {@code placement} (which may exceed the frame)
 * and clipped to {@code clip}, the frame. {@code file} is absolute, or null
 * when the image is missing and only its frame can be drawn.
 */
public record ImageMark(String frameId, Path file, Rect clip, Rect placement) implements Mark {
}
