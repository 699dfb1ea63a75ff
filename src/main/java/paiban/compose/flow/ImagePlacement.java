package paiban.compose.flow;

import paiban.model.Limits;
import paiban.model.Rect;
import paiban.model.frame.ImageFit;

/** Where an image of a given pixel size is drawn for a frame: covering it, inside it, or as the designer set it. */
public final class ImagePlacement {
    private ImagePlacement() {}

    public static Rect place(Rect frame, int pixelsWide, int pixelsHigh, ImageFit fit, double scale, int offsetX, int offsetY) {
        if (pixelsWide <= 0 || pixelsHigh <= 0) return frame;
        if (fit == ImageFit.MANUAL) {
            return new Rect(frame.x() + offsetX, frame.y() + offsetY, clamp(pixelsWide * scale), clamp(pixelsHigh * scale));
        }
        double sx = (double) frame.width() / pixelsWide, sy = (double) frame.height() / pixelsHigh;
        double s = fit == ImageFit.FILL ? Math.max(sx, sy) : Math.min(sx, sy);
        int w = clamp(pixelsWide * s), h = clamp(pixelsHigh * s);
        return new Rect(frame.x() + (frame.width() - w) / 2, frame.y() + (frame.height() - h) / 2, w, h);
    }

    /**
     * A drawn size, at most a few times the largest length of the file: an
     * image 2147483647 pixels wide filling a frame must not wrap round to a
     * negative width (the reader bounds images too; this keeps the sums safe).
     */
    private static int clamp(double mpt) {
        return (int) Math.max(0, Math.min(4L * Limits.MAX_LENGTH, Math.round(mpt)));
    }
}
