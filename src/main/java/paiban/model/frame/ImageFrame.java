package paiban.model.frame;

import paiban.model.Rect;

/**
 * A placed photo or graphic.
 *
 * @param path           image file, relative to the edition file
 * @param scale          with MANUAL fit: the size as a factor of 100 % (one pixel a point, 72 ppi)
 * @param offsetX        with MANUAL fit: image origin relative to the frame, millipoints
 * @param captionFrameId the text frame carrying its caption, "" for none
 * @param rotation       quarter turns clockwise of the picture inside the frame, 0 to 3
 * @param look           fill under the picture and border over its edge
 */
public record ImageFrame(String id, Rect bounds, String path, ImageFit fit, double scale, int offsetX, int offsetY,
                         String captionFrameId, TextWrap wrap, boolean locked, String group, int rotation, FrameLook look)
        implements Frame {
    public ImageFrame {
        path = Frame.nonNull(path);
        if (fit == null) fit = ImageFit.FILL;
        captionFrameId = Frame.nonNull(captionFrameId);
        group = Frame.nonNull(group);
        rotation = Math.floorMod(rotation, 4);
        if (look == null) look = FrameLook.NONE;
    }

    /** Without a fill or border, as before image frames had looks. */
    public ImageFrame(String id, Rect bounds, String path, ImageFit fit, double scale, int offsetX, int offsetY,
                      String captionFrameId, TextWrap wrap, boolean locked, String group, int rotation) {
        this(id, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, group, rotation, FrameLook.NONE);
    }

    /** Upright, with this look. */
    public ImageFrame(String id, Rect bounds, String path, ImageFit fit, double scale, int offsetX, int offsetY,
                      String captionFrameId, TextWrap wrap, boolean locked, String group, FrameLook look) {
        this(id, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, group, 0, look);
    }

    /** Upright, as before pictures could turn. */
    public ImageFrame(String id, Rect bounds, String path, ImageFit fit, double scale, int offsetX, int offsetY,
                      String captionFrameId, TextWrap wrap, boolean locked, String group) {
        this(id, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, group, 0, FrameLook.NONE);
    }

    public ImageFrame(String id, Rect bounds, String path, String captionFrameId) {
        this(id, bounds, path, ImageFit.FILL, 1, 0, 0, captionFrameId, null, false, "");
    }

    @Override public ImageFrame withId(String newId) {
        return new ImageFrame(newId, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, group, rotation, look);
    }

    /** The same picture with its caption in frame {@code frameId} ("" for none). */
    public ImageFrame withCaptionFrameId(String frameId) {
        return new ImageFrame(id, bounds, path, fit, scale, offsetX, offsetY, frameId, wrap, locked, group, rotation, look);
    }

    @Override public ImageFrame withBounds(Rect b) {
        return new ImageFrame(id, b, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, group, rotation, look);
    }

    @Override public ImageFrame withLocked(boolean l) {
        return new ImageFrame(id, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, l, group, rotation, look);
    }

    @Override public ImageFrame withGroup(String g) {
        return new ImageFrame(id, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, g, rotation, look);
    }

    public ImageFrame withWrap(TextWrap w) {
        return new ImageFrame(id, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, w, locked, group, rotation, look);
    }

    /** The picture placed anew: {@code fit}, and with MANUAL the scale and offset given. */
    public ImageFrame withPlacement(ImageFit f, double s, int x, int y) {
        return new ImageFrame(id, bounds, path, f, s, x, y, captionFrameId, wrap, locked, group, rotation, look);
    }

    /** The picture turned to {@code quarterTurns} clockwise (any integer; kept 0 to 3). */
    public ImageFrame withRotation(int quarterTurns) {
        return new ImageFrame(id, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, group,
                quarterTurns, look);
    }

    /** Another file in the same frame, placed as before (fit, scale, offset and turn kept). */
    public ImageFrame withPath(String p) {
        return new ImageFrame(id, bounds, p, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, group, rotation, look);
    }

    public ImageFrame withLook(FrameLook l) {
        return new ImageFrame(id, bounds, path, fit, scale, offsetX, offsetY, captionFrameId, wrap, locked, group, rotation, l);
    }

    @Override public String kind() { return "image"; }
}
