package paiban.model.frame;

import paiban.model.Rect;

/**
 * A placed photo or graphic.
 *
 * @param path           image file, relative to the edition file
 * @param scale          with MANUAL fit: image pixels to millipoints factor
 * @param offsetX        with MANUAL fit: image origin relative to the frame, millipoints
 * @param captionFrameId the text frame carrying its caption, "" for none
 * @param look           fill under the picture and border over its edge
 */
public record ImageFrame(String id, Rect bounds, String path, ImageFit fit, double scale, int offsetX, int offsetY,
                         String captionFrameId, TextWrap wrap, boolean locked, String group, FrameLook look)
        implements Frame {
    public ImageFrame {
        path = Frame.nonNull(path);
        if (fit == null) fit = ImageFit.FILL;
        captionFrameId = Frame.nonNull(captionFrameId);
        group = Frame.nonNull(group);
        if (look == null) look = FrameLook.NONE;
    }

    public ImageFrame(String id, Rect bounds, String path, ImageFit fit, double scale, int offsetX, int offsetY,
                      String captionFrameId, TextWrap wrap, boolean locked, String group) {
        this(id, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, group, FrameLook.NONE);
    }

    public ImageFrame(String id, Rect bounds, String path, String captionFrameId) {
        this(id, bounds, path, ImageFit.FILL, 1, 0, 0, captionFrameId, null, false, "");
    }

    @Override public ImageFrame withId(String newId) {
        return new ImageFrame(newId, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, group, look);
    }

    /** The same picture with its caption in frame {@code frameId} ("" for none). */
    public ImageFrame withCaptionFrameId(String frameId) {
        return new ImageFrame(id, bounds, path, fit, scale, offsetX, offsetY, frameId, wrap, locked, group, look);
    }

    @Override public ImageFrame withBounds(Rect b) {
        return new ImageFrame(id, b, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, group, look);
    }

    @Override public ImageFrame withLocked(boolean l) {
        return new ImageFrame(id, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, l, group, look);
    }

    @Override public ImageFrame withGroup(String g) {
        return new ImageFrame(id, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, g, look);
    }

    public ImageFrame withWrap(TextWrap w) {
        return new ImageFrame(id, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, w, locked, group, look);
    }

    public ImageFrame withLook(FrameLook l) {
        return new ImageFrame(id, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, group, l);
    }

    @Override public String kind() { return "image"; }
}
